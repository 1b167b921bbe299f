// Chapter I. General provisions
const AR = 'agreed ad referendum';

export default [
  {
    key: 'purpose',
    title: { 1: 'Statement of purpose' },
    status: { 4: AR, 5: AR, 6: AR },
    kind: { 2: 'editorial' },
    text: {
      7: `
P The purposes of this Convention are:
a To make the prevention, investigation and prosecution of offences committed by means of information systems more efficient and effective;
a To enable States Parties to cooperate with one another quickly and broadly in preventing and combating such offences, including by sharing evidence in electronic form;
a To help States Parties, in particular developing countries, to build the skills, institutions and infrastructure that they need for those purposes;
a To ensure that the measures taken under this Convention respect human rights and the rule of law.
P In pursuing these purposes, States Parties shall be guided by the principles of the Charter of the United Nations, by the principle of shared responsibility for countering offences committed by means of information systems and by the recognition that prevention, law enforcement and the protection of human rights reinforce one another.
P Nothing in this article shall be read as extending the obligations of States Parties beyond those set out in the other provisions of this Convention.
`,
    },
    edits: {
      3: [
        { delBlock: 'respect human rights and the rule of law' },
        ['that they need for those purposes;', 'that they need for those purposes[, including through the transfer of technology on mutually agreed terms].'],
        ['quickly and broadly', '[quickly and broadly] [to the widest extent possible]'],
        ['in particular developing countries', '[in particular developing countries]'],
      ],
      1: [['prevention, investigation and prosecution', 'prevention, investigation, and prosecution']],
    },
  },
  {
    key: 'terms',
    title: { 1: 'Use of terms' },
    status: { 4: 'pending', 5: 'under discussion', 6: 'informally agreed' },
    notes: {
      'terms-1': 'Several delegations proposed to use "information and communications technology device" throughout the text; the term is retained in option 2 pending a decision on terminology.',
      'terms-2': 'The Chair invites delegations to consider whether a separate definition of "serious offence" is needed once article {a:sanctions} has been settled.',
    },
    text: {
      7: `
P For the purposes of this Convention:
a "Information system" means equipment, or a set of connected pieces of equipment, that processes electronic data automatically under the control of software, together with the data that it stores or transmits for that purpose;
a "Electronic data" means facts, information, instructions or concepts represented in a form that an information system can store, process or transmit, including software;
a "Traffic data" means electronic data, other than content data, that an information system generates when carrying a communication and that shows where the communication came from, where it went, the path it took, when it began and ended, its size or the kind of service used;
a "Content data" means electronic data that conveys the substance or meaning of a communication, such as the text, images or sound transmitted;
a "Subscriber information" means information held by a service provider about the users of its services, other than traffic data or content data, by which the identity, postal or geographic address, telephone number, billing and payment details of a user, or the terms on which the service is provided, can be established;
a "Service provider" means any public or private entity that offers its users the ability to communicate by means of an information system, or that processes or stores electronic data for such a service or for its users;
a "Personal data" means any information relating to an identified or identifiable natural person;
a "Serious offence" means an offence for which the law of a State Party provides a maximum penalty of imprisonment of four years or more;
a "Critical infrastructure" means the information systems, facilities, networks and services whose disruption or destruction would seriously affect the health, safety, security or economic well-being of the population or the effective functioning of the State, as identified by each State Party in accordance with its domestic law;
a "Virtual asset" means a digital representation of value that can be traded or transferred by digital means and that can be used for payment or investment purposes;
a "Competent authority" means an authority designated by a State Party in accordance with its domestic law to exercise the powers and perform the functions provided for in this Convention;
a "Proceeds of crime" means property of any kind that a person has gained, directly or indirectly, as a result of committing an offence;
a "Property" means assets of every kind, tangible or intangible, movable or immovable, including virtual assets, and documents or instruments in any form that show a title to or an interest in such assets;
a "Freezing" or "seizure" means a temporary prohibition, ordered by a court or other competent authority, on transferring, converting, disposing of or moving property, or the temporary custody or control of property by such an authority;
a "Confiscation" means the final removal of property from its owner by order of a court or other competent authority;
a "Child" means any person under eighteen years of age;
a "Emergency" means a situation in which there is a significant and imminent risk to the life or safety of a natural person.
P Paragraph 1 of this article does not prevent a State Party from using other terms in its domestic law, provided that the offences and measures set out in this Convention are covered in substance.
P Where this Convention refers to the domestic law of a State Party, it refers to the law in force in the territory of that State Party, including, where applicable, the law of its constituent units, and to the decisions of its courts interpreting that law.
`,
    },
    edits: {
      6: [
        ['"Child" means any person under eighteen years of age;', '"Child" means any person under [eighteen] years of age;'],
        ['including virtual assets, and', 'including [virtual assets,] and'],
      ],
      5: [
        ['covered in substance.', 'covered in substance[ and that the level of protection is not lower].'],
        ['"Serious offence" means an offence', '"Serious offence"[^terms-2] means an offence'],
      ],
      4: [
        { delBlock: '"Emergency" means' },
        ['the kind of service used;', 'the kind of service used[, but not the content of the communication];'],
      ],
      3: [
        { moveBlock: '"Subscriber information" means', after: '"Service provider" means' },
        ['"Information system" means equipment, or a set of connected pieces of equipment, that processes electronic data automatically under the control of software, together with the data that it stores or transmits for that purpose;',
          '[Option 1: "Information system" means equipment, or a set of connected pieces of equipment, that processes electronic data automatically under the control of software, together with the data that it stores or transmits for that purpose;] [Option 2: "Information and communications technology device" means any physical or virtual equipment that processes, stores or transmits data by electronic means;][^terms-1]'],
      ],
      2: [
        ['"Proceeds of crime" means property of any kind that a person has gained, directly or indirectly, as a result of committing an offence;', '["Proceeds of crime" means property of any kind that a person has gained, directly or indirectly, as a result of committing an offence;]'],
        ['"Freezing" or "seizure" means', '["Freezing" or "seizure" means'],
        ['by such an authority;', 'by such an authority;]'],
      ],
      1: [
        { delBlock: '"Personal data" means' },
        ['"Property" means assets of every kind, tangible or intangible, movable or immovable, including [virtual assets,] and', '"Property" means assets of every kind, tangible or intangible, movable or immovable, including [virtual assets] [digital currencies], and'],
      ],
    },
  },
  {
    key: 'scope',
    title: { 1: 'Scope of application' },
    status: { 4: AR, 5: AR, 6: AR },
    text: {
      7: `
P Unless it provides otherwise, this Convention applies to the prevention, investigation and prosecution of the offences defined in articles {a:illegal-access} to {a:participation}, and to the freezing, seizure, confiscation and return of what those offences yield.
P The procedural measures provided for in chapter IV and the forms of cooperation provided for in chapter V apply, in addition, to the collection and sharing of evidence in electronic form of other criminal offences, to the extent set out in articles {a:proc-scope} and {a:intl-general}.
P Except where this Convention provides otherwise, it is not necessary, for the purposes of its implementation, that an offence established in accordance with it result in damage to persons or property.
P This Convention does not govern the activities of armed forces during an armed conflict, which are governed by international humanitarian law, nor does it affect the rules of international law applicable to the use of information and communications technologies by States in the context of international peace and security.
P Nothing in this Convention requires a State Party to establish as an offence conduct that is carried out for a legitimate purpose, such as authorized testing or protection of information systems, academic research, journalism or the exercise of a right recognized by international human rights law, provided that it is carried out in good faith and within the limits set by domestic law.
`,
    },
    edits: {
      4: [
        { insAfter: 'result in damage to persons or property', lines: 'P [This Convention shall also apply to [other offences] [serious offences] committed by means of information systems[, including terrorist offences,] where the use of those systems is an essential element of the conduct.]' },
      ],
      3: [['to the extent set out in articles {a:proc-scope} and {a:intl-general}', 'to the extent set out in articles {a:proc-scope} [and {a:intl-general}]']],
      1: [
        { delBlock: 'The procedural measures provided for in chapter IV' },
        ['and to the freezing, seizure, confiscation and return', '[and to the freezing, seizure, confiscation and return'],
        ['what those offences yield.', 'what those offences yield].'],
      ],
    },
  },
  {
    key: 'sovereignty',
    title: { 1: 'Protection of sovereignty' },
    status: { 4: 'under discussion', 5: 'informally agreed', 6: AR },
    text: {
      7: `
P Each State Party shall perform its obligations under this Convention in keeping with the sovereign equality and territorial integrity of all States and without intervening in the internal affairs of other States.
P Nothing in this Convention entitles a State Party to exercise, in the territory of another State, jurisdiction or functions that the law of that other State reserves exclusively to its own authorities.
P No State Party shall, on the basis of this Convention, obtain electronic data stored in the territory of another State Party without the consent of that State Party, except as provided in this Convention or in another agreement binding on both of them.
P States Parties shall respect one another's choices as to the organization of their information and communications infrastructure and the regulation of its use, to the extent consistent with their obligations under international law, including international human rights law.
P The measures provided for in this Convention shall be carried out in the territory of a State Party only by its own competent authorities, or by the authorities of another State Party acting with its consent and in accordance with its law.
`,
    },
    edits: {
      5: [['except as provided in this Convention or in another agreement binding on both of them.', '[except as provided in this Convention or in another agreement binding on both of them] [under any circumstances].']],
      3: [
        ['No State Party shall, on the basis of this Convention, obtain', '[No State Party shall, on the basis of this Convention, obtain'],
        ['[under any circumstances].', '[under any circumstances].]'],
        ['and without intervening in the internal affairs', '[and without intervening in the internal affairs'],
        ['of other States.', 'of other States] [and with full respect for the sovereignty of States in their information space].'],
      ],
      1: [
        ['Each State Party shall perform its obligations', 'States Parties shall perform their obligations'],
      ],
    },
  },
  {
    key: 'human-rights',
    title: { 2: 'Respect for human rights', 4: 'Respect for human rights and fundamental freedoms' },
    status: { 4: 'under discussion', 5: 'pending', 6: 'informally agreed' },
    notes: {
      'hr-1': 'Paragraph 3 is based on a proposal made at the fifth session; it has not yet been discussed in plenary.',
    },
    text: {
      7: `
P Each State Party shall implement this Convention in conformity with its obligations under international human rights law.
P No provision of this Convention may be relied upon to restrict, beyond what international human rights law allows, the freedom of expression, the right to privacy, the freedom of peaceful assembly and association or any other human right or fundamental freedom.
P In implementing this Convention, each State Party shall give particular attention to the needs of children, of victims and of persons in vulnerable situations, and shall take into account the differing effects that the offences covered by this Convention can have on women and men.
P Each State Party shall ensure that the exercise of the powers conferred under this Convention is subject to effective oversight by independent bodies, and that any person who claims that his or her rights have been violated by the application of this Convention has access to an effective remedy before a competent national authority.
P Each State Party shall ensure that the offences defined in this Convention are defined with sufficient precision to enable any person to foresee the consequences of his or her conduct, and that they are not applied in a manner that penalizes the legitimate exercise of human rights.
`,
    },
    edits: {
      6: [
        ['the freedom of expression, the right to privacy, the freedom of peaceful assembly and association or any other', 'the freedom of expression, the right to privacy, the freedom of peaceful assembly and association [, the freedom of religion or belief] or any other'],
      ],
      5: [
        ['can have on women and men.', 'can have on women and men.[^hr-1]'],
        ['of children, of victims and of persons in vulnerable situations', 'of children, of victims [and of persons in vulnerable situations]'],
      ],
      4: [
        { delBlock: 'In implementing this Convention, each State Party shall give particular attention' },
        ['No provision of this Convention may be relied upon to restrict, beyond what international human rights law allows,', '[Option 1: No provision of this Convention may be relied upon to restrict, beyond what international human rights law allows,] [Option 2: Nothing in this Convention shall affect]'],
        ['[, the freedom of religion or belief] or any other human right or fundamental freedom.', '[, the freedom of religion or belief] or any other human right or fundamental freedom[, in accordance with the domestic law of the State Party concerned].'],
      ],
      2: [
        ['Each State Party shall implement this Convention in conformity with its obligations under international human rights law.', 'Each State Party shall implement this Convention in conformity with its obligations under [international human rights law] [the international human rights instruments to which it is a party].'],
      ],
    },
  },
];
