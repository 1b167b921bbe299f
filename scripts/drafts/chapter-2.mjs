// Chapter II. Criminalization
const AR = 'agreed ad referendum';
const IA = 'informally agreed';

export default [
  {
    key: 'illegal-access',
    title: { 1: 'Illegal access', 4: 'Unauthorized access to an information system' },
    status: { 4: IA, 5: AR, 6: AR },
    text: {
      7: `
P Each State Party shall make it a criminal offence under its domestic law to access the whole or any part of an information system intentionally and without right.
P A State Party may require that the offence be committed by circumventing security measures, with the intent of obtaining electronic data or with another dishonest or criminal intent, or in relation to an information system that is connected to another information system.
P Access shall not be regarded as being without right where it is authorized by the owner or other right holder of the system, or where it is carried out in good faith, within limits set by domestic law, for the purpose of testing or protecting the security of that system.
P Each State Party shall consider treating as an aggravating circumstance the fact that the offence was committed against an information system that supports critical infrastructure, or that it gave the offender access to the personal data of a large number of persons.
P Each State Party shall consider taking measures to ensure that persons who identify and report security weaknesses in information systems in good faith, and who do not exceed what is necessary for that purpose, are not prosecuted for the offence established in accordance with paragraph 1 of this article.
`,
    },
    edits: {
      4: [
        ['or where it is carried out in good faith, within limits set by domestic law, for the purpose of testing or protecting the security of that system.', '[or where it is carried out in good faith[, within limits set by domestic law,] for the purpose of testing or protecting the security of that system].'],
      ],
      3: [
        ['with the intent of obtaining electronic data or with another dishonest or criminal intent', '[with the intent of obtaining electronic data] [or with another dishonest or criminal intent]'],
      ],
      1: [
        ['intentionally and without right.', '[intentionally] [knowingly] and without right.'],
        ['Access shall not be regarded', '[Access shall not be regarded'],
        ['security of that system].', 'security of that system].]'],
      ],
    },
  },
  {
    key: 'interception',
    title: { 1: 'Illegal interception', 4: 'Unauthorized interception of data' },
    status: { 4: IA, 5: AR, 6: AR },
    kind: { 7: 'editorial' },
    notes: { 'int-1': 'One delegation asked that electromagnetic emissions be mentioned in the definition of "traffic data" instead.' },
    text: {
      7: `
P Each State Party shall make it a criminal offence under its domestic law to intercept, intentionally, without right and by technical means, non-public transmissions of electronic data to, from or within an information system, including electromagnetic emissions from an information system carrying such data.
P A State Party may require that the offence be committed with dishonest or criminal intent, or in relation to an information system that is connected to another information system.
P Interception carried out by a service provider in the ordinary course of its business, for the purpose of operating, maintaining or securing its service, or with the consent of all the parties to the communication, shall not be regarded as being without right.
P Each State Party shall consider making it a criminal offence under its domestic law to use or disclose, intentionally and without right, electronic data that the person knows to have been obtained by an offence established in accordance with paragraph 1 of this article.
P A State Party may provide that the offence does not apply to the interception of transmissions that are readily accessible to the general public, such as open wireless broadcasts.
`,
    },
    edits: {
      6: [['require that the offence be committed with dishonest or criminal intent, or in relation', 'require that the offence be committed with dishonest or criminal intent or in relation']],
      3: [['including electromagnetic emissions from an information system carrying such data.', '[including electromagnetic emissions from an information system carrying such data].[^int-1]']],
    },
  },
  {
    key: 'data-interference',
    title: { 1: 'Interference with data', 4: 'Interference with electronic data' },
    status: { 5: AR, 6: AR },
    text: {
      7: `
P Each State Party shall make it a criminal offence under its domestic law to damage, delete, degrade, alter, suppress or encrypt electronic data, intentionally and without right.
P A State Party may require that the conduct described in paragraph 1 of this article result in serious harm.
P Each State Party shall ensure that the offence covers conduct carried out by means of malicious software that spreads from one information system to another, whether or not the offender controlled the systems eventually affected.
P Each State Party shall consider treating it as an aggravating circumstance that the conduct described in paragraph 1 of this article was committed in order to obtain a ransom or other payment for restoring access to the data.
P Conduct undertaken with the authorization of the owner or other right holder of the data, or carried out in good faith, within limits set by domestic law, for the purpose of protecting the security of an information system, shall not be regarded as being without right.
`,
    },
    edits: {
      4: [{ delBlock: 'aggravating circumstance that the conduct' }],
      2: [['suppress or encrypt electronic data', 'suppress [or encrypt] electronic data']],
    },
  },
  {
    key: 'system-interference',
    title: { 1: 'Interference with the functioning of an information system' },
    status: { 5: IA, 6: AR },
    text: {
      7: `
P Each State Party shall make it a criminal offence under its domestic law to hinder seriously, intentionally and without right, the functioning of an information system by entering, transmitting, damaging, deleting, degrading, altering or suppressing electronic data.
P Each State Party shall consider providing for more severe penalties where the offence affects an information system that supports critical infrastructure, including systems for the supply of energy, water or food, for health care, for transport, for financial services or for emergency services.
P A State Party may require that the hindrance be of a certain duration or scale, or that it result in serious harm, before criminal liability attaches, provided that conduct affecting critical infrastructure remains punishable.
P The temporary restriction of the functioning of an information system by its operator, or by a service provider acting in accordance with the law, in order to protect that system or others from an attack, shall not be regarded as being without right.
P Each State Party shall ensure that the offence covers attacks carried out by directing a large volume of data or requests at an information system from many sources, including through networks of compromised information systems controlled by the offender.
`,
    },
    edits: {
      5: [['including systems for the supply of energy, water or food, for health care, for transport, for financial services or for emergency services.', '[including systems for the supply of energy, water or food, for health care, for transport, for financial services or for emergency services] [as defined in its domestic law].']],
      3: [['Each State Party shall consider providing for more severe penalties', '[Each State Party shall] [A State Party may] [consider providing] [provide] for more severe penalties']],
      1: [{ delBlock: 'providing] [provide] for more severe penalties' }],
    },
  },
  {
    key: 'misuse-devices',
    title: { 1: 'Misuse of devices', 5: 'Misuse of tools and credentials' },
    status: { 5: AR, 6: AR },
    text: {
      7: `
P Each State Party shall make it a criminal offence under its domestic law, when committed intentionally and without right:
a To make, sell, obtain for use, import, distribute or otherwise supply a device or software designed or adapted mainly for committing any of the offences defined in articles {a:illegal-access} to {a:system-interference}, with the intent that it be so used;
a To make, sell, obtain for use, distribute or otherwise supply a password, access credential or similar data that gives access to an information system or to any part of one, with the intent that it be used to commit any of those offences;
a To possess an item referred to in subparagraph (a) or (b) of this paragraph with the intent that it be used to commit any of those offences.
P A State Party may make possession punishable under paragraph 1 of this article only where a person holds a number of such items.
P This article does not impose criminal liability where the making, sale, supply or possession of an item is not for the purpose of committing an offence defined in articles {a:illegal-access} to {a:system-interference}, such as where it is for the authorized testing or protection of an information system, for research or for training.
P Each State Party shall consider taking measures to prevent the sale or other supply of the items referred to in paragraph 1 of this article through online marketplaces, including by cooperating with the operators of such marketplaces and with service providers.
`,
    },
    edits: {
      4: [['such as where it is for the authorized testing or protection of an information system, for research or for training.', 'such as where it is for the authorized testing or protection of an information system[, for research or for training].']],
      3: [
        ['A State Party may make possession punishable', '[A State Party may make possession punishable'],
        ['holds a number of such items.', 'holds a number of such items.]'],
      ],
      2: [['designed or adapted mainly for committing', '[designed or adapted mainly] [primarily designed] for committing']],
    },
  },
  {
    key: 'forgery',
    title: { 1: 'Computer-related forgery', 3: 'Falsification of electronic data' },
    status: { 4: IA, 5: AR, 6: AR },
    text: {
      7: `
P Each State Party shall make it a criminal offence under its domestic law, when committed intentionally and without right, to create, alter or delete electronic data so as to produce data that falsely purport to be genuine, with the intent that they be relied upon as genuine in legal or commercial dealings.
P A State Party may require an intent to defraud, or a similar dishonest intent, before criminal liability attaches.
P For the purposes of this article, electronic data include data that are used to establish the identity of a person, to authenticate a transaction or to record the origin or integrity of a document, such as electronic signatures, seals and time stamps.
P Each State Party shall consider treating as an aggravating circumstance the falsification of electronic data held in public registers or in information systems used for identification, elections, health care or the administration of justice.
P Each State Party shall also consider making it a criminal offence under its domestic law to use, intentionally and knowing that they have been falsified, electronic data produced by conduct described in paragraph 1 of this article.
`,
    },
    edits: {
      2: [['in legal or commercial dealings.', '[in legal or commercial dealings] [for legal purposes].']],
    },
  },
  {
    key: 'fraud',
    title: { 1: 'Computer-related fraud', 3: 'Fraud committed by means of an information system' },
    status: { 5: IA, 6: AR },
    text: {
      7: `
P Each State Party shall make it a criminal offence under its domestic law, when committed intentionally and without right, to cause another person to lose property by:
a Entering, altering, deleting or suppressing electronic data;
a Interfering with the functioning of an information system; or
a Deceiving a person by means of an information system about facts, including through false messages, websites or identities,
C with the dishonest intent of obtaining money or other property for oneself or for another person.
P Each State Party shall consider establishing as an offence the acquisition, transfer or use, without right, of the identity information of another person where this is done by means of an information system with the intent of committing an offence.
P Each State Party shall consider treating as an aggravating circumstance the fact that the offence was committed against a large number of victims, against persons in vulnerable situations, or by impersonating a public authority, a financial institution or a person close to the victim.
P Each State Party shall take measures to facilitate the prompt reporting of offences established in accordance with this article and, where possible, the rapid freezing of the funds or virtual assets concerned, including through cooperation with financial institutions and providers of services relating to virtual assets.
`,
    },
    edits: {
      5: [['Each State Party shall consider establishing as an offence the acquisition', '[Each State Party shall consider establishing as an offence the acquisition'],
        ['with the intent of committing an offence.', 'with the intent of committing an offence.]']],
      2: [
        { delBlock: 'Deceiving a person by means of an information system' },
        ['Interfering with the functioning of an information system; or', '[Any] interference with the functioning of an information system,'],
        ['Entering, altering, deleting or suppressing electronic data;', 'Any entry, alteration, deletion or suppression of electronic data; or'],
        ['[Each State Party shall consider establishing as an offence the acquisition', '[Each State Party shall [consider establishing] [establish] as an offence the acquisition'],
      ],
    },
  },
  {
    key: 'child-material',
    title: { 1: 'Offences related to child sexual abuse material', 3: 'Offences related to online child sexual abuse or exploitation material', 6: 'Child sexual abuse or exploitation material' },
    status: { 5: 'under discussion', 6: IA },
    notes: { 'child-1': 'Paragraph 6 of the previous text of this article was moved to the new article {a:grooming}.' },
    text: {
      7: `
P Each State Party shall make it a criminal offence under its domestic law, when committed intentionally and without right, to engage in any of the following conduct by means of an information system:
a Producing, offering, selling, distributing, transmitting, broadcasting, displaying, publishing or otherwise making available child sexual abuse or exploitation material;
a Soliciting, procuring or accessing such material;
a Possessing or controlling such material, whether it is stored in an information system or on another storage medium;
a Financing or profiting from any of the conduct described in this paragraph.
P For the purposes of this article, "child sexual abuse or exploitation material" means visual material, and may include written or audio material, that depicts, describes or represents a child engaged in real or simulated sexual activity, or the sexual parts of a child displayed for primarily sexual purposes.
P A State Party may, in accordance with its domestic law, exclude from criminal liability:
a Material that depicts persons who do not exist, where no child was used in its making;
a Material that children have produced of themselves and hold with their consent, solely for their own private use.
P Each State Party shall ensure that a child depicted in material referred to in this article is treated as a victim, and that a child is not held criminally liable for producing or possessing material depicting himself or herself where the material resulted from abuse, coercion or exploitation.
P Each State Party shall take the measures needed to have such material removed promptly, or access to it disabled, where it is hosted in or disseminated from its territory.
P Each State Party shall consider establishing or supporting reporting mechanisms through which the public and service providers can report suspected child sexual abuse or exploitation material, and shall ensure that such reports are passed to the competent authorities without delay.
`,
    },
    edits: {
      6: [['have such material removed promptly, or access to it disabled,', 'have such material removed promptly[, or access to it disabled,]'],
        ['shall take the measures needed', 'shall take the measures needed[^child-1]']],
      5: [
        { insAfter: 'have such material removed promptly', lines: 'P Each State Party shall also make it a criminal offence under its domestic law for an adult, by means of an information system, intentionally to communicate with, [propose to meet] or otherwise approach a child for the purpose of committing against that child a sexual offence under its domestic law or of producing material referred to in paragraph 1 of this article. [A State Party may require that an act be taken towards carrying out that purpose.]' },
        ['shall take the measures needed[^child-1]', 'shall take the measures needed'],
      ],
      4: [
        ['[propose to meet]', '[propose to meet] [arrange to meet]'],
        ['Material that depicts persons who do not exist, where no child was used in its making;', '[Material that depicts persons who do not exist, where no child was used in its making;]'],
      ],
      3: [
        ['or access to it disabled,]', 'or access to it disabled,] [in accordance with its domestic law]'],
        ['and may include written or audio material,', '[and may include written or audio material,]'],
        ['a child engaged in real or simulated sexual activity', 'a child [or a person appearing to be a child] engaged in real or simulated sexual activity'],
      ],
      2: [
        ['child sexual abuse or exploitation material;', '[child sexual abuse material] [child pornography];'],
        ['"child sexual abuse or exploitation material" means', '["child sexual abuse material"] ["child pornography"] means'],
      ],
      1: [{ delBlock: 'exclude from criminal liability' }],
    },
  },
  {
    key: 'grooming',
    title: { 6: 'Solicitation of children for sexual purposes' },
    status: { 6: IA },
    text: {
      7: `
P Each State Party shall make it a criminal offence under its domestic law for an adult, by means of an information system, intentionally to communicate with, propose to meet or otherwise approach a child for the purpose of committing against that child a sexual offence under its domestic law or of producing material referred to in article {a:child-material}.
P A State Party may require that an act be taken towards carrying out the purpose referred to in paragraph 1 of this article.
P A State Party may extend the offence to cases where the person approached is believed by the offender to be a child.
P Each State Party shall ensure that the offence also covers cases in which the adult, by means of an information system, induces or coerces a child to produce or transmit material depicting the child that would fall within article {a:child-material}.
P Each State Party shall consider taking measures to prevent the use of information systems by adults to establish contact with children for sexual purposes, including by encouraging service providers to make available age-appropriate safety features and reporting tools.
`,
    },
    edits: {
      6: [['P A State Party may extend the offence', 'P [A State Party may extend the offence'], ['believed by the offender to be a child.', 'believed by the offender to be a child.]']],
    },
  },
  {
    key: 'intimate-images',
    title: { 2: 'Non-consensual dissemination of intimate images', 5: 'Distribution of intimate images without consent' },
    status: { 4: 'under discussion', 5: IA, 6: AR },
    text: {
      7: `
P Each State Party shall make it a criminal offence under its domestic law to sell, distribute, transmit, publish or otherwise make available, by means of an information system, an intimate image of a person without that person's consent, when committed intentionally and without right.
P For the purposes of this article, "intimate image" means a visual recording, made by any means, of a person aged eighteen years or over that is sexual in nature, shows the person's sexual parts or shows the person engaged in sexual activity, and in respect of which the person had a reasonable expectation of privacy when it was made.
P Where the person depicted is a child, each State Party shall ensure that the conduct is dealt with at least as severely as the conduct covered by article {a:child-material}.
P A State Party may require an intent to cause harm, or may require that harm result, before criminal liability attaches.
P Each State Party shall take measures to enable victims to obtain, promptly and free of charge, the removal of intimate images distributed in violation of this article, or the disabling of access to them, including through orders addressed to the service providers concerned.
P Each State Party shall consider extending the offence to intimate images that have been created or altered by technical means, including through the use of artificial intelligence, so as to appear to depict a real person.
`,
    },
    edits: {
      5: [['before criminal liability attaches.', 'before criminal liability attaches[, provided that the victim is not thereby left without protection].']],
      4: [['P Where the person depicted is a child', 'P [Where the person depicted is a child'], ['covered by article {a:child-material}.', 'covered by article {a:child-material}.]']],
      3: [
        ['when it was made.', 'when it was made[ and at the time of its dissemination].'],
        ['P A State Party may require an intent to cause harm', 'P [A State Party may require an intent to cause harm'],
        ['[, provided that the victim is not thereby left without protection].', '[, provided that the victim is not thereby left without protection].]'],
      ],
      2: [
        ['to sell, distribute, transmit, publish or otherwise make available', 'to [sell, distribute, transmit, publish or otherwise make available] [disseminate]'],
        { delBlock: 'Where the person depicted is a child' },
      ],
    },
  },
  {
    key: 'public-order-info',
    title: { 1: 'Dissemination of information threatening public order' },
    notes: { 'poi-1': 'A number of delegations objected to the inclusion of this article; it is retained in brackets at the request of its proponents.' },
    text: {
      2: `
P [Each State Party shall make it a criminal offence under its domestic law to disseminate, by means of an information system, information that the person knows to be false and that [endangers] [is capable of endangering] public order[, public health] or the security of the State.][^poi-1]
P [Each State Party shall make it a criminal offence under its domestic law to create or use an information system for the purpose of inciting others to commit any such act.]
`,
    },
    edits: {
      1: [['[Each State Party shall make it a criminal offence under its domestic law to create or use', '[Each State Party shall [consider making] [make] it a criminal offence under its domestic law to create or use']],
    },
  },
  {
    key: 'copyright',
    title: { 1: 'Infringement of copyright and related rights' },
    notes: { 'cr-1': 'Delegations are invited to consider whether this article is needed in the light of existing instruments on intellectual property.' },
    text: {
      3: `
P [Each State Party shall make it a criminal offence under its domestic law to infringe, wilfully, on a commercial scale and by means of an information system, copyright or related rights as defined in its domestic law in accordance with its international obligations.][^cr-1]
P [A State Party may decide not to impose criminal liability under this article where other effective remedies are available, provided that such a decision does not derogate from its international obligations.]
`,
    },
    edits: {
      2: [['copyright or related rights as defined', 'copyright [or related rights] as defined']],
      1: [['[A State Party may decide not to impose criminal liability', '[A State Party may [in limited circumstances] decide not to impose criminal liability']],
    },
  },
  {
    key: 'laundering',
    title: { 2: 'Laundering of proceeds of crime', 4: 'Laundering of proceeds of offences' },
    status: { 5: IA, 6: AR },
    text: {
      7: `
P Each State Party shall make it a criminal offence under its domestic law, when committed intentionally:
a To convert or transfer property that the person knows to be the proceeds of an offence defined in this Convention, in order to hide where the property comes from or to help anyone involved in the offence escape its consequences;
a To hide the nature, origin, location, movement or ownership of such property, or rights in it, knowing that it is such proceeds;
a Subject to the fundamental principles of its legal system, to acquire, hold or use property knowing, when it is received, that it is such proceeds;
a Subject to the fundamental principles of its legal system, to take part in, conspire to commit, attempt or facilitate any of the offences established in accordance with this paragraph.
P Each State Party shall apply paragraph 1 of this article to the proceeds of the widest range of offences defined in articles {a:illegal-access} to {a:intimate-images}, including where those offences were committed outside its jurisdiction, provided that the conduct is an offence both where it was committed and under the law of the State Party.
P Where a State Party is bound by another international instrument requiring it to criminalize the laundering of proceeds of crime, it may treat its implementation of that instrument as fulfilling its obligations under this article, to the extent that the offences covered by this Convention are included.
P Each State Party may exclude from the offences set out in paragraph 1 of this article the persons who committed the predicate offence, where this is required by the fundamental principles of its domestic law.
P The knowledge, intent or purpose that is an element of an offence under this article may be proved by inference from the objective facts of the case.
P Each State Party shall consider requiring providers of services relating to virtual assets that operate in its territory to identify their customers, to keep records of transactions and to report suspicious transactions to a national financial intelligence unit, in accordance with its domestic law.
`,
    },
    edits: {
      5: [['provided that the conduct is an offence both where it was committed and under the law of the State Party.', '[provided that the conduct is an offence both where it was committed and under the law of the State Party].']],
      3: [
        { delBlock: 'take part in, conspire to commit, attempt or facilitate' },
        ['to the proceeds of the widest range of offences defined', 'to the proceeds of [the widest range of] offences defined'],
      ],
      2: [
        ['P Where a State Party is bound by another international instrument', 'P [Where a State Party is bound by another international instrument'],
        ['to the extent that the offences covered by this Convention are included.', 'to the extent that the offences covered by this Convention are included.]'],
      ],
    },
  },
  {
    key: 'participation',
    title: { 1: 'Complicity and attempt', 4: 'Aiding, abetting and attempt' },
    status: { 4: AR, 5: AR, 6: AR },
    text: {
      7: `
P Each State Party shall make it a criminal offence under its domestic law to aid, abet or otherwise take part, as an accomplice, in the commission of an offence defined in this Convention, when done intentionally.
P Each State Party may make it a criminal offence under its domestic law to attempt to commit an offence defined in this Convention.
P Each State Party may make it a criminal offence under its domestic law to prepare for the commission of an offence defined in this Convention.
P Each State Party shall consider making it a criminal offence under its domestic law to organize, direct or finance the commission of an offence defined in this Convention by a group of persons, including where the members of the group communicate only by means of information systems and have never met.
P A State Party that does not, under its domestic law, punish the attempt to commit an offence of mere possession is not required by paragraph 2 of this article to establish such an attempt as a criminal offence.
`,
    },
    edits: {
      3: [
        ['P Each State Party may make it a criminal offence under its domestic law to attempt', 'P Each State Party [shall] [may] make it a criminal offence under its domestic law to attempt'],
        ['P Each State Party may make it a criminal offence under its domestic law to prepare', 'P [Each State Party may make it a criminal offence under its domestic law to prepare'],
        ['to prepare for the commission of an offence defined in this Convention.', 'to prepare for the commission of an offence defined in this Convention.]'],
      ],
    },
  },
  {
    key: 'legal-persons',
    title: { 1: 'Liability of legal persons' },
    status: { 4: 'under discussion', 5: IA, 6: AR },
    kind: { 3: 'references-only' },
    text: {
      7: `
P Each State Party shall take the measures needed, consistent with its legal principles, so that legal persons can be held liable for offences defined in this Convention that are committed for their benefit by a natural person in a leading position within the legal person, acting alone or as part of one of its organs.
P Each State Party shall also ensure that a legal person can be held liable where, because a natural person referred to in paragraph 1 of this article failed to supervise or control, it became possible the commission of such an offence for its benefit by a person under its authority.
P Depending on the legal principles of each State Party, legal persons may be held criminally, civilly or administratively liable.
P The liability of a legal person does not affect the criminal liability of the natural persons who committed the offences.
P Each State Party shall consider taking into account, in determining the liability of a legal person and the sanctions applicable to it, whether the legal person had in place, before the offence was committed, adequate measures to prevent offences of the kind committed.
P Each State Party shall ensure that legal persons found liable under this article face criminal or non-criminal sanctions, including monetary sanctions, that are effective, proportionate and deterrent, and to the measures referred to in article {a:freezing-confiscation}.
P Each State Party shall consider providing for measures by which a legal person held liable for an offence defined in this Convention may be excluded, temporarily or permanently, from public procurement or from engaging in specified commercial activities.
`,
    },
    edits: {
      5: [['including monetary sanctions,', '[including monetary sanctions,]']],
      3: [['P Each State Party shall also ensure that a legal person can be held liable', 'P [Each State Party shall also ensure that a legal person can be held liable'],
        ['by a person under its authority.', 'by a person under its authority.]']],
      2: [['and to the measures referred to in article {a:freezing-confiscation}.', 'and to the measures referred to in article {a:confiscation}.']],
    },
  },
  {
    key: 'sanctions',
    title: { 1: 'Prosecution and sanctions', 4: 'Sanctions and prosecution' },
    status: { 5: IA, 6: AR },
    text: {
      7: `
P Each State Party shall punish the offences defined in this Convention with sanctions proportionate to their gravity, including, for natural persons, deprivation of liberty.
P Each State Party shall ensure that the sanctions applicable to the offences defined in articles {a:child-material} and {a:grooming} reflect the particular gravity of offences against children.
P Each State Party may provide for aggravating circumstances in relation to the offences defined in this Convention, including where the offence affects critical infrastructure, is committed by an organized criminal group or causes harm to a large number of persons.
P Where its law leaves prosecutors discretion in deciding whether to prosecute, each State Party shall seek to ensure that the discretion is used in a way that makes enforcement against these offences effective and deters their commission.
P In the case of offences committed by children, each State Party shall give priority to measures aimed at rehabilitation and reintegration, in accordance with its domestic law and its obligations under international law.
P Each State Party shall ensure that any person prosecuted for an offence defined in this Convention enjoys all the rights and guarantees of a fair trial under its domestic law and applicable international law.
P Each State Party shall take into account, in sentencing, the extent of the harm caused, the number of victims and any previous conviction of the offender for a similar offence, including a conviction handed down in another State, in accordance with its domestic law.
`,
    },
    edits: {
      5: [
        { moveBlock: 'In the case of offences committed by children', after: 'enjoys all the rights and guarantees of a fair trial' },
        ['articles {a:child-material} and {a:grooming} reflect', 'article {a:child-material} reflect'],
        ['is committed by an organized criminal group or causes harm', 'is committed by an organized criminal group [or by a person holding public office] or causes harm'],
      ],
      3: [
        { delBlock: 'In the case of offences committed by children' },
        ['Where its law leaves prosecutors discretion', '[Where its law leaves prosecutors discretion'],
        ['and deters their commission.', 'and deters their commission.]'],
      ],
    },
  },
  {
    key: 'limitation',
    title: { 5: 'Limitation periods' },
    status: { 6: AR },
    notes: { 'lim-1': 'Inserted at the request of several delegations; the placement of this article remains to be decided.' },
    text: {
      7: `
P Where its domestic law sets a period within which proceedings must be commenced, each State Party shall provide a long period for any offence defined in this Convention, and a longer period, or the suspension of the period, where the alleged offender has escaped justice.
P The limitation period for the offences defined in articles {a:child-material} and {a:grooming} shall not begin to run before the victim has reached eighteen years of age.
P Each State Party shall consider providing that no limitation period applies to the most serious offences defined in this Convention, in particular where they have caused death or serious harm to the health of persons.
P A State Party may provide that the limitation period is interrupted or suspended by acts of investigation or prosecution, including the sending of requests for international cooperation under chapter V.
`,
    },
    edits: {
      5: [
        ['The limitation period for the offences defined in articles {a:child-material} and {a:grooming} shall not', '[The limitation period for the offences defined in article {a:child-material} shall not'],
        ['before the victim has reached eighteen years of age.', 'before the victim has reached eighteen years of age.]'],
        ['Where its domestic law sets a period', 'Where its domestic law sets a period[^lim-1]'],
      ],
    },
  },
  {
    key: 'freezing',
    title: { 1: 'Freezing and seizure' },
    text: {
      2: `
P Each State Party shall take, to the fullest extent its domestic legal system permits, the measures needed to enable its competent authorities to identify, trace, freeze or seize:
a Proceeds of crime derived from offences defined in this Convention, or property whose value matches that of such proceeds;
a Property, equipment, software or other instruments used, or meant to be used, in committing such offences,
C so that they may eventually be confiscated in accordance with article {a:confiscation}.
P Where proceeds of crime have been turned, wholly or partly, into other property, or mixed with property acquired lawfully, the measures referred to in this article shall apply to that other property[, or to the mixed property up to the assessed value of the proceeds].
`,
    },
    edits: {
      1: [['to identify, trace, freeze or seize:', '[to identify, trace,] freeze or seize:']],
    },
  },
  {
    key: 'confiscation',
    title: { 1: 'Confiscation' },
    text: {
      2: `
P Each State Party shall take, to the fullest extent its domestic legal system permits, the measures needed to enable the confiscation of the proceeds of crime and of the property referred to in article {a:freezing}, paragraph 1.
P [For the purposes of this article, each State Party shall enable its courts or other competent authorities to order the production or seizure of bank, financial or commercial records. Bank secrecy shall not be a reason for a State Party to refuse to act under this paragraph.]
P [A State Party may consider requiring an offender to demonstrate the lawful origin of alleged proceeds of crime.]
P This article is without prejudice to the rights of third parties who acted in good faith.
`,
    },
    edits: {
      1: [{ delBlock: 'demonstrate the lawful origin' }],
    },
  },
  {
    key: 'freezing-confiscation',
    title: { 3: 'Freezing, seizure and confiscation', 4: 'Freezing, seizure and confiscation of the proceeds of crime' },
    status: { 4: 'pending', 5: IA, 6: AR },
    text: {
      7: `
P Each State Party shall take, to the fullest extent its domestic legal system permits, the measures needed to enable the confiscation of:
a Proceeds of crime derived from offences defined in this Convention, or property whose value matches that of such proceeds;
a Property, equipment, software or other instruments used, or meant to be used, in committing such offences.
P Each State Party shall take the measures needed so that its competent authorities can identify, trace, freeze or seize the items listed in paragraph 1 of this article with a view to their confiscation.
P Where proceeds of crime have been turned, wholly or partly, into other property, or mixed with property acquired lawfully, the measures referred to in this article shall apply to that other property, or to the mixed property up to the assessed value of the proceeds, and to income or other benefits derived from them.
P For the purposes of this article and of article {a:intl-confiscation}, each State Party shall enable its courts or other competent authorities to order the production or seizure of bank, financial or commercial records. Bank secrecy shall not be a reason for a State Party to refuse to act under this paragraph.
P A State Party may consider requiring an offender to demonstrate the lawful origin of alleged proceeds of crime or of other property that could be confiscated, as far as the fundamental principles of its domestic law and the nature of its judicial and other proceedings allow.
P This article is without prejudice to the rights of third parties who acted in good faith.
P The measures referred to in this article shall be defined and carried out in accordance with the domestic law of each State Party.
P Each State Party shall consider allowing proceeds of crime to be confiscated without a conviction where the offender has died, fled or is absent and so cannot be prosecuted, or in other appropriate cases.
P Each State Party shall take the measures needed to regulate the administration by its competent authorities of frozen, seized or confiscated property, including virtual assets, so as to preserve its value pending a final decision.
`,
    },
    edits: {
      5: [['and to income or other benefits derived from them.', '[and to income or other benefits derived from them].']],
      4: [['P A State Party may consider requiring an offender', 'P [A State Party may consider requiring an offender'], ['the nature of its judicial and other proceedings allow.', 'the nature of its judicial and other proceedings allow.]']],
      3: [
        { delBlock: 'shall be defined and carried out in accordance with the domestic law' },
        ['or to the mixed property up to the assessed value of the proceeds,', '[or to the mixed property up to the assessed value of the proceeds,]'],
      ],
    },
  },
];
