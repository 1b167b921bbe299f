// Chapter IV. Procedural measures and law enforcement
const AR = 'agreed ad referendum';
const IA = 'informally agreed';
const SUBJECT = 'P Articles {a:proc-scope} and {a:safeguards} govern the powers and procedures referred to in this article.';

export default [
  {
    key: 'proc-scope',
    title: { 2: 'Scope of procedural measures' },
    status: { 4: IA, 5: AR, 6: AR },
    text: {
      7: `
P Each State Party shall establish the powers and procedures provided for in this chapter for the purpose of specific criminal investigations or proceedings.
P Unless this Convention provides otherwise, each State Party shall make the powers and procedures of paragraph 1 of this article available for:
a The offences defined in articles {a:illegal-access} to {a:participation};
a Other criminal offences committed by means of an information system; and
a The collection of evidence in electronic form of any criminal offence.
P A State Party may limit the application of article {a:realtime} to offences or categories of offences specified in a declaration deposited with the Secretary-General of the United Nations, provided that the article remains applicable at least to every offence to which the State Party applies article {a:content-interception}.
P Each State Party shall apply the powers and procedures referred to in this chapter in a manner that keeps to a minimum the burden on service providers and on persons who are not suspected of an offence.
P Each State Party shall ensure that its competent authorities have the technical means, the trained staff and the legal authority needed to apply the powers and procedures provided for in this chapter effectively and lawfully.
P The powers and procedures provided for in this chapter shall apply to electronic data whether they are stored or transmitted at the time the power is exercised, unless an article of this chapter provides otherwise.
`,
    },
    edits: {
      4: [['The collection of evidence in electronic form of any criminal offence.', 'The collection of evidence in electronic form of any [serious] criminal offence.']],
      3: [{ delBlock: 'keeps to a minimum the burden on service providers' }],
      2: [
        ['P A State Party may limit the application', 'P [A State Party may limit the application'],
        ['applies article {a:content-interception}.', 'applies article {a:content-interception}.]'],
      ],
    },
  },
  {
    key: 'safeguards',
    title: { 2: 'Conditions and safeguards' },
    status: { 5: 'pending', 6: IA },
    notes: { 'safe-1': 'The list in paragraph 2 is illustrative; delegations differ on whether it should be exhaustive.' },
    text: {
      7: `
P Each State Party shall subject the powers and procedures provided for in this chapter to conditions and safeguards laid down in its domestic law that protect human rights in line with its obligations under international human rights law and that respect the principle of proportionality.
P Such conditions and safeguards shall include, as suits the nature of each power or procedure:
a Prior authorization, or subsequent review, by a court or another independent authority;
a The right to an effective remedy for persons whose rights have been affected;
a Clear grounds justifying the application of the power or procedure;
a Limits on the scope and duration of the power or procedure.
P Each State Party shall take into account the effect of these powers and procedures on the rights and legitimate interests of third parties, including service providers, insofar as doing so is consistent with the public interest and the proper administration of justice.
P Each State Party shall ensure that personal data obtained through these powers and procedures are kept no longer than necessary and are protected against unauthorized access or use.
P Each State Party shall ensure that persons who are the subject of a measure under this chapter are informed of it once doing so no longer jeopardizes the investigation or the safety of others, unless its domestic law provides otherwise for reasons of national security or public safety.
P Each State Party shall keep records of the use of the powers and procedures provided for in this chapter, in a form that allows the oversight bodies referred to in article {a:human-rights} to verify that they are being used lawfully.
`,
    },
    edits: {
      6: [['Prior authorization, or subsequent review, by a court or another independent authority;', 'Prior authorization[, or subsequent review,] by a court or another independent authority;']],
      5: [
        ['Such conditions and safeguards shall include, as suits', 'Such conditions and safeguards shall include,[^safe-1] as suits'],
        ['P Each State Party shall ensure that personal data obtained', 'P [Each State Party shall ensure that personal data obtained'],
        ['protected against unauthorized access or use.', 'protected against unauthorized access or use.]'],
      ],
      4: [
        ['in line with its obligations under international human rights law and that respect the principle of proportionality.', 'in line with its obligations under [international human rights law] [the international instruments to which it is a party] and that respect the principle of proportionality [and legality].'],
      ],
      3: [
        { delBlock: 'are kept no longer than necessary' },
        ['Such conditions and safeguards shall include,[^safe-1] as suits the nature of each power or procedure:', 'Such conditions and safeguards shall[, as suits the nature of each power or procedure,] include:'],
        ['Clear grounds justifying', '[Clear grounds justifying'],
        ['application of the power or procedure;', 'application of the power or procedure;]'],
      ],
    },
  },
  {
    key: 'preservation',
    title: { 2: 'Expedited preservation of stored data', 4: 'Expedited preservation of stored electronic data' },
    status: { 4: IA, 5: AR, 6: AR },
    text: {
      7: `
P Each State Party shall enable its competent authorities to order, or otherwise secure, the prompt preservation of specified electronic data, including traffic data, stored by means of an information system, in particular where there is reason to believe that the data may be lost or altered.
P Where a State Party gives effect to paragraph 1 of this article by means of an order addressed to a person in possession or control of the data, it shall require that person to preserve the data and keep them intact for as long as necessary, up to a maximum of ninety days, so that the competent authorities can seek their disclosure. A State Party may provide for the order to be renewed.
P Each State Party shall require the person to whom such an order is addressed to keep the preservation confidential for the period provided for in its domestic law.
P The preservation of data under this article does not by itself entitle the competent authorities to access the data, which shall be disclosed only in accordance with articles {a:production} and {a:search} or with other applicable law.
${SUBJECT}
`,
    },
    edits: {
      3: [
        { insBefore: 'govern the powers and procedures referred to in this article', lines: 'P [In respect of traffic data to be preserved under this article, each State Party shall ensure that preservation is possible whether one or several service providers took part in transmitting the communication, and that enough traffic data are disclosed promptly to its competent authorities to identify the service providers involved and the route by which the communication was transmitted.]' },
        ['up to a maximum of ninety days', 'up to a maximum of [ninety] [one hundred and eighty] days'],
      ],
      2: [['A State Party may provide for the order to be renewed.', '[A State Party may provide for the order to be renewed.]']],
    },
  },
  {
    key: 'traffic-disclosure',
    title: { 4: 'Expedited preservation and partial disclosure of traffic data' },
    status: { 5: AR, 6: AR },
    text: {
      7: `
P Each State Party shall, in respect of traffic data that are to be preserved under article {a:preservation}, take the measures needed to:
a Ensure that such preservation is possible whether one or several service providers took part in transmitting the communication; and
a Ensure that enough traffic data are disclosed promptly to its competent authority, or to a person designated by that authority, to identify the service providers involved and the route by which the communication was transmitted.
P The traffic data disclosed under paragraph 1 of this article shall be limited to what is needed to identify the service providers and the route of the communication, and shall not include content data.
${SUBJECT}
P Each State Party shall ensure that its competent authorities, on receiving traffic data under this article that identify a service provider in another State, may use the network referred to in article {a:network-24-7} to seek the preservation of the data held by that service provider.
`,
    },
    edits: {
      4: [['or to a person designated by that authority,', '[or to a person designated by that authority,]']],
    },
  },
  {
    key: 'production',
    title: { 2: 'Production order' },
    status: { 4: IA, 5: AR, 6: AR },
    text: {
      7: `
P Each State Party shall enable its competent authorities to order:
a Any person in its territory to hand over specified electronic data that the person possesses or controls and that are stored in an information system or on a storage medium; and
a A service provider offering its services in the territory of the State Party to submit subscriber information relating to those services that is in the service provider's possession or control.
P Each State Party shall ensure that an order under paragraph 1 of this article specifies the data sought with sufficient precision, states the legal basis and the purpose for which the data are required and allows a reasonable time for compliance.
P Each State Party may require service providers to keep confidential the fact that an order has been received and its content.
P Each State Party shall consider allowing service providers to seek clarification of an order, and to raise with the issuing authority any conflict between the order and the law of another State that applies to the service provider, before the time for compliance expires.
P Where a person to whom an order is addressed fails to comply with it without reasonable excuse, each State Party shall ensure that sanctions that are effective and proportionate may be imposed, in accordance with its domestic law.
${SUBJECT}
P Each State Party shall consider enabling its competent authorities to address an order under this article to a service provider by electronic means, provided that the authenticity of the order and the security of the response can be ensured.
`,
    },
    edits: {
      3: [
        ['P Each State Party may require service providers to keep confidential', 'P [Each State Party may require service providers to keep confidential'],
        ['an order has been received and its content.', 'an order has been received and its content.]'],
        ['A service provider offering its services in the territory of the State Party', 'A service provider [offering its services in the territory of the State Party] [established in the territory of the State Party]'],
      ],
      2: [{ delBlock: 'specifies the data sought with sufficient precision' }],
    },
  },
  {
    key: 'search',
    title: { 2: 'Search and seizure of stored data', 3: 'Search and seizure of stored electronic data' },
    status: { 5: IA, 6: AR },
    text: {
      7: `
P Each State Party shall enable its competent authorities to search or similarly access, in its territory:
a An information system or part of it and the electronic data stored in it; and
a A storage medium on which electronic data may be stored.
P Where, during a search under paragraph 1 of this article, its authorities have grounds to believe that the data sought are held in another information system in its territory that can lawfully be reached from the system being searched, each State Party shall enable them to extend the search to that other system without delay.
P Each State Party shall enable its competent authorities to seize or similarly secure electronic data accessed under paragraph 1 or 2 of this article, including by:
a Seizing or securing the information system or storage medium, or part of it;
a Making and keeping a copy of the data;
a Maintaining the integrity of the stored data; and
a Rendering the data inaccessible in, or removing them from, the system accessed.
P Each State Party shall enable its competent authorities to order any person who has knowledge of the functioning of the information system, or of the measures applied to protect the data in it, to provide, as far as is reasonable, the information needed to carry out the measures referred to in this article.
P Each State Party shall ensure that data seized or secured under this article that are not relevant to the investigation, or that are protected by legal professional privilege or by another privilege recognized by its domestic law, are returned, deleted or otherwise protected as soon as possible.
${SUBJECT}
P Each State Party shall ensure that a search or seizure under this article is carried out in a manner that limits, as far as possible, the disruption of the lawful activities of the person in control of the information system and of third parties who use it.
`,
    },
    edits: {
      5: [['to provide, as far as is reasonable, the information needed', 'to provide, as far as is reasonable, [the information] [the assistance] needed']],
      3: [
        ['P Each State Party shall enable its competent authorities to order any person', 'P [Each State Party shall enable its competent authorities to order any person'],
        ['to carry out the measures referred to in this article.', 'to carry out the measures referred to in this article.]'],
        { moveBlock: 'Each State Party shall enable its competent authorities to seize or similarly secure', before: 'Where, during a search under paragraph 1 of this article' },
        ['accessed under paragraph 1 or 2 of this article', 'accessed under paragraph 1 or 3 of this article'],
      ],
    },
  },
  {
    key: 'realtime',
    title: { 2: 'Real-time collection of traffic data' },
    status: { 5: IA, 6: AR },
    text: {
      7: `
P Each State Party shall enable its competent authorities, in respect of specified communications in its territory transmitted by means of an information system:
a To collect or record traffic data in real time by technical means in its territory; and
a To compel a service provider, within its existing technical capability, to collect or record such traffic data in real time, or to cooperate with and assist the competent authorities in doing so.
P A State Party whose legal system does not allow the measure referred to in paragraph 1 of this article may instead provide for other measures that achieve the collection or recording of such traffic data in real time in its territory.
P Each State Party shall require a service provider to keep confidential the fact that any power provided for in this article has been exercised, and any information relating to it.
P Each State Party shall ensure that the real-time collection of traffic data is authorized for a limited period, which may be renewed only on a fresh assessment of the need for it, and that the data collected are used only for the investigation or proceedings for which the collection was authorized.
${SUBJECT}
`,
    },
    edits: {
      4: [['within its existing technical capability,', '[within its existing technical capability,]']],
      2: [['P A State Party whose legal system does not allow', 'P [A State Party whose legal system does not allow'], ['in real time in its territory.', 'in real time in its territory.]']],
    },
  },
  {
    key: 'content-interception',
    title: { 2: 'Interception of content data' },
    status: { 4: 'under discussion', 5: 'pending', 6: IA },
    text: {
      7: `
P Each State Party shall, in relation to a range of serious offences that its domestic law determines, enable its competent authorities, in respect of specified communications in its territory transmitted by means of an information system:
a To collect or record content data in real time by technical means in its territory; and
a To compel a service provider, within its existing technical capability, to collect or record such content data, or to cooperate with and assist the competent authorities in doing so.
P A State Party whose legal system does not allow the measure referred to in paragraph 1 of this article may instead provide for other measures that achieve the collection or recording of such content data in its territory.
P Each State Party shall require a service provider to keep confidential the fact that any power provided for in this article has been exercised, and any information relating to it.
P Each State Party shall ensure that interception under this article is authorized in advance by a judicial or other independent authority, is limited in duration and is used only where the information sought cannot reasonably be obtained by less intrusive means.
P Content data collected under this article that relate to persons who are not the subject of the investigation and that are not relevant to it shall be destroyed as soon as practicable, unless they are needed to prevent a serious threat to the life or safety of a person.
${SUBJECT}
`,
    },
    edits: {
      6: [['is authorized in advance by a judicial or other independent authority,', 'is authorized in advance by a judicial [or other independent] authority,']],
      5: [['is limited in duration and is used only where', 'is limited in duration [and is used only where'], ['obtained by less intrusive means.', 'obtained by less intrusive means].']],
      4: [['in relation to a range of serious offences that its domestic law determines,', 'in relation to [Option 1: a range of serious offences that its domestic law determines] [Option 2: the offences defined in articles {a:illegal-access} to {a:participation}],']],
      3: [
        { delBlock: 'is authorized in advance by a judicial' },
        ['within its existing technical capability,', '[within its existing technical capability,]'],
      ],
    },
  },
  {
    key: 'electronic-evidence',
    title: { 3: 'Admissibility of electronic evidence', 5: 'Use of electronic evidence' },
    status: { 4: 'pending', 5: IA, 6: AR },
    text: {
      7: `
P Each State Party shall ensure that evidence is not denied admissibility in criminal proceedings solely on the ground that it is in electronic form.
P Each State Party shall take the measures needed to preserve the integrity and authenticity of electronic evidence throughout criminal proceedings, including by recording the chain of custody.
P Each State Party shall consider allowing evidence in electronic form that is obtained from another State Party in accordance with this Convention to be presented in its proceedings without further authentication, unless the competent authority has reason to doubt its integrity.
P Each State Party shall consider adopting rules or guidelines on the handling of electronic evidence by its competent authorities, including on the use of forensic tools, the recording of the steps taken and the qualifications of the persons carrying them out.
P Each State Party shall ensure that the defence has an adequate opportunity to examine and challenge electronic evidence presented against an accused person, including, where necessary, with the assistance of an expert.
P Nothing in this article affects the rules of a State Party on the exclusion of evidence obtained in violation of its domestic law or of its obligations under international human rights law.
`,
    },
    edits: {
      4: [{ delBlock: 'without further authentication' }],
      3: [['including by recording the chain of custody.', '[including by recording the chain of custody].']],
    },
  },
  {
    key: 'witnesses',
    title: { 1: 'Protection of witnesses' },
    status: { 4: AR, 5: AR, 6: AR },
    kind: { 7: 'editorial' },
    text: {
      7: `
P Within its means and in accordance with its domestic law, each State Party shall take appropriate steps to shield witnesses and experts who testify, or otherwise cooperate, in proceedings concerning offences defined in this Convention from retaliation or intimidation, and, where appropriate, to protect their relatives and other persons close to them.
P Such steps may include:
a Keeping such persons physically safe, for example by moving them elsewhere and, where necessary and feasible, by not disclosing, or disclosing only in part, who they are and where they are;
a Rules of evidence under which witnesses and experts can give evidence safely, for example by video link or other means of communication technology.
P States Parties shall consider making arrangements with other States so that the persons referred to in paragraph 1 of this article can be moved to their territory.
P Victims who are witnesses are covered by this article too.
P Each State Party shall consider extending the protection provided under this article to persons who, in good faith and on reasonable grounds, report to the competent authorities facts concerning offences defined in this Convention.
P Each State Party shall take into account, in applying this article, the particular risks faced by witnesses and experts whose identity or whereabouts can be discovered by means of information systems, including through the publication of their personal data online.
`,
    },
    edits: {
      6: [['for example by video link or other means', 'for example, by video link or other means']],
      3: [],
      2: [['or otherwise cooperate,', '[or otherwise cooperate,]'], ['P States Parties shall consider making arrangements', 'P [States Parties shall consider making arrangements'], ['can be moved to their territory.', 'can be moved to their territory.]']],
    },
  },
  {
    key: 'victims',
    title: { 3: 'Assistance to and protection of victims' },
    status: { 5: IA, 6: AR },
    text: {
      7: `
P Within its means, each State Party shall take appropriate steps to assist and protect the victims of offences defined in this Convention, in particular where they are threatened with retaliation or intimidation.
P Each State Party shall establish procedures that give victims access to compensation and restitution, in accordance with its domestic law.
P Each State Party shall consider establishing or supporting specialized services for victims of offences committed by means of information systems, including services that help victims to restore access to their accounts and data and to protect themselves from further harm.
P Subject to its domestic law, each State Party shall enable victims to make their views and concerns known, and have them taken into account, at appropriate stages of criminal proceedings, without prejudice to the rights of the defence.
P In the case of offences defined in articles {a:child-material} to {a:intimate-images}, each State Party shall take measures to provide victims with support for their physical and psychological recovery and to have the material concerned removed or made inaccessible.
P In applying this article, each State Party shall take into account the age, gender and particular circumstances and needs of victims, including children.
P Each State Party shall consider establishing channels through which victims can report offences committed by means of information systems easily and, where appropriate, online, and shall ensure that victims are informed of the progress of the proceedings that concern them, in accordance with its domestic law.
`,
    },
    edits: {
      5: [['shall take measures to provide victims with support for their physical and psychological recovery and', 'shall take measures to provide victims with support for their physical and psychological recovery [, social reintegration] and']],
      4: [['the age, gender and particular circumstances', 'the age[, gender] and particular circumstances']],
      3: [
        ['P In the case of offences defined in articles {a:child-material} to {a:intimate-images},', 'P [In the case of offences defined in articles {a:child-material} to {a:intimate-images},'],
        ['removed or made inaccessible.', 'removed or made inaccessible.]'],
        ['access to compensation and restitution,', 'access to [compensation and restitution] [redress],'],
      ],
    },
  },
  {
    key: 'service-providers',
    title: { 5: 'Cooperation between national authorities and service providers' },
    status: { 6: IA },
    notes: { 'sp-1': 'This article takes up elements of the former article on cooperation with the private sector, which was deleted at the fourth session.' },
    text: {
      7: `
P Each State Party shall encourage cooperation between its competent authorities and the service providers operating in its territory in the prevention, detection and investigation of offences defined in this Convention, in accordance with its domestic law.
P Such cooperation may include:
a Establishing points of contact and secure channels for the transmission of orders and requests;
a Developing guidance on the form and content of orders and of the responses to them;
a Training for the staff of competent authorities and of service providers;
a Voluntary sharing of information on threats, vulnerabilities and techniques used by offenders.
P Each State Party shall consider publishing guidance, for the service providers operating in its territory, on the procedures to be followed when they receive orders or requests under this Convention, including requests originating in other States Parties.
P Nothing in this article requires a service provider to disclose information otherwise than in accordance with the law of the State Party in which it operates, or imposes a general obligation on service providers to monitor the information that they transmit or store.
P Each State Party shall ensure that a service provider that discloses data to its competent authorities in good faith, in accordance with an order or request made under this Convention and its domestic law, does not incur civil or criminal liability for that disclosure.
`,
    },
    edits: {
      6: [['or imposes a general obligation on service providers', '[or imposes a general obligation on service providers'], ['that they transmit or store.', 'that they transmit or store].']],
      5: [
        ['Voluntary sharing of information on threats', '[Voluntary] sharing of information on threats'],
        ['Each State Party shall encourage cooperation', 'Each State Party shall [encourage] [promote] cooperation'],
        ['P Such cooperation may include:', 'P Such cooperation may include:[^sp-1]'],
      ],
    },
  },
  {
    key: 'personal-data',
    title: { 2: 'Protection of personal data' },
    status: { 4: 'pending', 5: 'under discussion', 6: IA },
    text: {
      7: `
P A State Party that transfers personal data under this Convention shall do so in accordance with its domestic law and its obligations under international law. No State Party shall be required to transfer personal data where doing so would be contrary to its applicable laws on the protection of personal data.
P A State Party receiving personal data under this Convention shall:
a Use them only for the purposes for which they were transferred, unless the transferring State Party has given its prior consent;
a Keep them only for as long as needed for those purposes;
a Protect them against loss and against unauthorized access, disclosure, alteration or destruction; and
a Inform the transferring State Party, on request, of the use made of them.
P A State Party may transfer personal data received under this Convention to a third country or to an international organization only with the prior written authorization of the State Party that originally transferred them.
P Each State Party shall ensure that the persons whose personal data have been received under this Convention have access to effective administrative or judicial remedies in accordance with its domestic law.
P States Parties may enter into bilateral or multilateral arrangements to give effect to this article.
P Each State Party shall designate one or more authorities responsible for supervising compliance with this article and shall inform the other States Parties of the authorities designated through the secretariat referred to in article {a:secretariat}.
`,
    },
    edits: {
      6: [['have access to effective administrative or judicial remedies', 'have access to effective [administrative or judicial] remedies']],
      5: [['only with the prior written authorization', 'only with the prior [written] authorization']],
      4: [
        ['P Each State Party shall ensure that the persons whose personal data', 'P [Each State Party shall ensure that the persons whose personal data'],
        ['in accordance with its domestic law.', 'in accordance with its domestic law.]'],
      ],
      2: [{ delBlock: 'have access to effective [administrative or judicial] remedies' }, ['No State Party shall be required to transfer', '[No State Party shall be required to transfer'], ['on the protection of personal data.', 'on the protection of personal data.]']],
    },
  },
];
