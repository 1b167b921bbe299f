// Chapter V. International cooperation
const AR = 'agreed ad referendum';
const IA = 'informally agreed';

export default [
  {
    key: 'intl-general',
    title: { 2: 'General principles of international cooperation' },
    status: { 4: 'pending', 5: IA, 6: AR },
    text: {
      7: `
P States Parties shall cooperate with one another to the widest extent possible, in accordance with this Convention, with other applicable international instruments and with their domestic law, in investigations, prosecutions and judicial proceedings concerning the offences defined in this Convention, and in collecting, preserving and sharing evidence in electronic form of those offences.
P States Parties shall also cooperate in collecting and sharing evidence in electronic form of any serious offence, to the extent provided in this chapter.
P Where a State Party makes cooperation subject to dual criminality, that condition shall be considered met whenever the conduct underlying the request is an offence under the law of each of the two States Parties, however each of them classifies or names it.
P Each State Party shall consider assisting in investigations and proceedings in civil and administrative matters relating to offences defined in this Convention, where appropriate and consistent with its domestic legal system.
P Nothing in this chapter prevents States Parties from cooperating more broadly under other agreements or arrangements, or on the basis of reciprocity.
P In giving effect to this chapter, States Parties shall use the most rapid means of communication available to them that offer an appropriate level of security and authentication, including electronic means, and shall accept requests and responses transmitted by such means where their domestic law allows.
P Except where this chapter provides otherwise, cooperation under it shall follow the conditions that the domestic law of the requested State Party or the treaties that apply lay down, including the grounds on which cooperation may be refused.
P Each State Party shall ensure that its authorities responsible for international cooperation have sufficient resources, trained staff and technical means to deal with requests under this chapter efficiently, and shall keep statistics on the requests that they send and receive.
`,
    },
    edits: {
      6: [['any serious offence, to the extent provided in this chapter.', 'any [serious] offence, to the extent provided in this chapter.']],
      4: [
        ['P States Parties shall also cooperate in collecting', 'P [States Parties shall also cooperate in collecting'],
        ['any [serious] offence, to the extent provided in this chapter.', 'any [serious] offence, to the extent provided in this chapter.] [States Parties may also cooperate in collecting and sharing evidence in electronic form of any offence.]'],
      ],
      3: [{ delBlock: 'Nothing in this chapter prevents States Parties from cooperating more broadly' }],
      2: [['P Each State Party shall consider assisting', 'P [Each State Party shall consider assisting'], ['consistent with its domestic legal system.', 'consistent with its domestic legal system.]']],
    },
  },
  {
    key: 'extradition',
    title: { 2: 'Extradition' },
    status: { 4: 'pending', 5: 'under discussion', 6: IA },
    notes: { 'ext-1': 'Delegations are invited to consider whether a minimum penalty threshold should apply to all offences or only to the offences in articles {a:illegal-access} to {a:misuse-devices}.' },
    text: {
      7: `
P This article applies to the offences defined in this Convention where the person sought is in the territory of the requested State Party and the laws of both the requesting and the requested State Party punish the offence with imprisonment for a maximum of at least one year, or with a heavier penalty.
P Where a request concerns several separate offences, some of which fall short of the penalty threshold in paragraph 1 of this article although they otherwise qualify, the requested State Party may apply this article to those other offences as well.
P Every extradition treaty in force between States Parties shall be read as covering each offence to which this article applies, and States Parties shall list those offences in every extradition treaty that they later conclude with one another.
P A State Party that extradites only under a treaty may, when it receives a request from a State Party with which it has no such treaty, rely on this Convention as the legal ground for extraditing for any offence to which this article applies.
P States Parties that extradite without requiring a treaty shall treat the offences to which this article applies as offences for which extradition may be granted between them.
P The conditions for extradition are those that the domestic law of the requested State Party or the extradition treaties that apply lay down, including as to the minimum penalty required and the grounds on which the requested State Party may refuse it.
P States Parties shall, subject to their domestic law, seek to speed up extradition procedures and to make the evidence they require simpler to provide.
P Where a State Party refuses to extradite a person in its territory for an offence to which this article applies only because the person is one of its nationals, it shall, if the requesting State Party asks, promptly submit the case to its own authorities for prosecution. Those authorities shall deal with the case as they would with any offence of a comparable grave nature under the law of that State Party, and the States Parties concerned shall cooperate on procedural and evidentiary matters to make the prosecution effective.
P Nothing in this article obliges the requested State Party to extradite where it has serious reason to think that the request was made to prosecute or punish the person for his or her sex, race, language, religion, nationality, ethnic origin or political opinions, or that granting it would harm the person for any of those reasons.
P A person against whom extradition proceedings are brought shall be treated fairly at every stage and shall enjoy all the rights and guarantees that the law of the State Party in whose territory he or she is present provides.
P A request for extradition shall not be refused merely because the offence also touches on fiscal matters.
P Where several States Parties request the extradition of the same person, whether for the same conduct or for different conduct, the requested State Party shall decide to which of them the person is to be surrendered, taking into account all the relevant circumstances, including the seriousness of the offences and where they were committed, the dates of the requests, the nationality of the person and the possibility of later extradition between the requesting States Parties.
P Where the circumstances warrant it and are urgent, the requested State Party may, at the request of the requesting State Party and subject to its domestic law and its extradition treaties, take the person sought into custody, or take other suitable measures, so that the person is available for the extradition proceedings.
P The requested State Party shall, where appropriate, give the requesting State Party the chance to present its views and to supply relevant information before extradition is refused.
P When it signs this Convention or becomes a party to it, each State Party shall tell the Secretary-General of the United Nations which authority makes and receives its requests for extradition, and where that authority can be reached.
`,
    },
    edits: {
      6: [['for a maximum of at least one year,', 'for a maximum of at least [one year] [two years],']],
      5: [
        ['sex, race, language, religion, nationality, ethnic origin or political opinions', 'sex, race, [language,] religion, nationality, ethnic origin or political opinions'],
        { insBefore: 'A request for extradition shall not be refused merely because', lines: 'P [None of the offences defined in this Convention shall be regarded, for the purposes of extradition, as a political offence.]' },
      ],
      4: [['as they would with any offence of a comparable grave nature', 'as they would with any [offence of a comparable grave nature] [serious offence]'],
        ['P This article applies to the offences defined', 'P This article applies[^ext-1] to the offences defined']],
      3: [
        ['P This article applies[^ext-1] to the offences defined', 'P This article applies to the offences defined'],
        ['P Where a request concerns several separate offences', 'P [Where a request concerns several separate offences'],
        ['may apply this article to those other offences as well.', 'may apply this article to those other offences as well.]'],
        ['and the States Parties concerned shall cooperate on procedural and evidentiary matters to make the prosecution effective.', '[and the States Parties concerned shall cooperate on procedural and evidentiary matters to make the prosecution effective].'],
      ],
      2: [{ delBlock: 'touches on fiscal matters' }],
    },
  },
  {
    key: 'transfer-sentenced',
    title: { 2: 'Transfer of sentenced persons' },
    status: { 4: AR, 5: AR, 6: AR },
    text: {
      7: `
P States Parties may consider concluding bilateral or multilateral agreements or arrangements under which persons sentenced to imprisonment for offences defined in this Convention may be transferred to the territory of another State Party to serve the rest of their sentence.
P In considering such a transfer, the States Parties concerned shall take into account the rights of the sentenced person, including his or her consent where domestic law requires it, and the interests of victims.
P Where a State Party refuses a request for extradition made in order to enforce a sentence because the person sought is one of its nationals, it shall, if its domestic law permits and at the request of the requesting State Party, consider enforcing the sentence imposed, or what remains of it, under its own law.
P A person transferred under this article shall not be prosecuted or punished again in the receiving State Party for the conduct for which the sentence was imposed.
P States Parties shall inform one another, on request, of the legal requirements and practical arrangements applicable to the transfer of sentenced persons in their territory, with a view to facilitating transfers under this article.
`,
    },
    edits: {
      3: [['and the interests of victims.', '[and the interests of victims].']],
      2: [{ delBlock: 'consider enforcing the sentence imposed' }],
    },
  },
  {
    key: 'transfer-proceedings',
    title: { 1: 'Transfer of criminal proceedings' },
    status: { 4: IA, 5: AR, 6: AR },
    text: {
      7: `
P States Parties shall consider handing over to one another the prosecution of an offence defined in this Convention where doing so serves the proper administration of justice, in particular where several jurisdictions are involved and the prosecution can usefully be brought together in one of them.
P A State Party that transfers proceedings shall provide the receiving State Party with the case file and the evidence gathered, and shall inform the victims, where they are known, of the transfer.
P The transfer of proceedings shall not prejudice the rights of the suspect or of the victims, and the receiving State Party shall inform the transferring State Party of the outcome of the proceedings.
P States Parties may agree that evidence gathered by the transferring State Party in accordance with its law shall be admissible in the proceedings of the receiving State Party, subject to the law of the receiving State Party and to the rights of the defence.
P States Parties shall consider making agreements or arrangements among themselves to give effect to this article, and may treat this Convention as the legal basis for a transfer of proceedings where no such agreement or arrangement exists between them.
P Once proceedings have been transferred, the transferring State Party shall refrain from prosecuting the suspect for the same conduct unless the receiving State Party informs it that it has decided not to continue the proceedings.
`,
    },
    edits: {
      3: [['and shall inform the victims, where they are known, of the transfer.', '[and shall inform the victims, where they are known, of the transfer].']],
      1: [
        ['States Parties shall consider handing over', 'States Parties [shall] [may] consider handing over'],
        { delBlock: 'shall not prejudice the rights of the suspect' },
      ],
    },
  },
  {
    key: 'mla-general',
    title: { 2: 'General principles of mutual legal assistance', 4: 'Mutual legal assistance' },
    status: { 5: IA, 6: AR },
    text: {
      7: `
P States Parties shall give one another the broadest possible mutual legal assistance in investigations, prosecutions and judicial proceedings concerning the offences defined in this Convention, and in collecting evidence in electronic form of any serious offence.
P Mutual legal assistance shall also be given, as fully as the laws, treaties and arrangements of the requested State Party allow, in investigations and proceedings concerning offences for which article {a:legal-persons} makes a legal person liable.
P A State Party may request mutual legal assistance in order to obtain:
a Taking evidence or statements from persons, including by videoconference;
a Serving judicial documents;
a Executing searches and seizures, and freezing;
a Searching or similarly accessing, seizing or similarly securing, and disclosing electronic data stored by means of an information system;
a Collecting traffic data or content data in real time;
a Examining objects and sites;
a Providing information, evidentiary items and expert evaluations;
a Relevant documents and records, in the original or as certified copies;
a Identifying or tracing proceeds of crime, property, instruments or other things for evidentiary purposes;
a The appearance of persons who are willing to come to the requesting State Party;
a Recovering proceeds of crime;
a Any other help that the domestic law of the requested State Party does not forbid.
P The competent authorities of a State Party may, subject to its domestic law and without a prior request, pass information on criminal matters, including electronic data, to a competent authority of another State Party where they believe that the information could help that authority to begin or bring to a successful conclusion an investigation or proceedings. The receiving authority shall respect any request that the information remain confidential or be used only under specified conditions.
P A State Party shall not refuse mutual legal assistance under this chapter on the ground of bank secrecy.
P A person held in custody or serving a sentence in one State Party and whose presence in another State Party is requested for the purposes of identification, testimony or otherwise helping to obtain evidence may be transferred if the person freely gives informed consent and the competent authorities of both States Parties agree. The receiving State Party shall hold the person in custody unless the sending State Party allows otherwise, shall return the person without delay as agreed, and shall not require the sending State Party to begin extradition proceedings for the return. Time spent in custody in the receiving State Party shall be credited toward the sentence being served in the sending State Party.
P A witness, expert or other person who agrees, at the request of the requesting State Party, to testify in proceedings or to assist in an investigation in its territory shall not be prosecuted, detained, punished or otherwise restricted in personal liberty there for acts, omissions or convictions that preceded his or her departure from the requested State Party. This protection shall end if the person, having had fifteen consecutive days, or any other period agreed between the States Parties, in which to leave after being told that he or she is no longer needed, remains voluntarily in that territory or returns to it of his or her own free will.
P States Parties may agree to use secure electronic channels for the transmission of requests and of the evidence obtained, and shall consider recognizing electronic signatures and certifications for that purpose.
P This article does not affect obligations under any other bilateral or multilateral treaty that governs, in whole or in part, mutual legal assistance.
`,
    },
    edits: {
      5: [['and in collecting evidence in electronic form of any serious offence.', 'and in collecting evidence in electronic form of any [serious] offence.']],
      4: [['Collecting traffic data or content data in real time;', 'Collecting traffic data [or content data] in real time;']],
      3: [
        ['Identifying or tracing proceeds of crime, property, instruments or other things', 'Identifying or tracing proceeds of crime, property, [instruments] [instrumentalities] or other things'],
        ['P The competent authorities of a State Party may, subject to its domestic law and without a prior request,', 'P [The competent authorities of a State Party may, subject to its domestic law and without a prior request,'],
        ['be used only under specified conditions.', 'be used only under specified conditions.]'],
      ],
    },
  },
  {
    key: 'mla-procedures',
    title: { 2: 'Procedures for requests in the absence of applicable treaties', 4: 'Procedures for mutual legal assistance requests' },
    status: { 4: 'pending', 5: IA, 6: AR },
    text: {
      7: `
P This article governs requests under this Convention between States Parties that have no treaty on mutual legal assistance with each other. Where such a treaty binds them, they follow the treaty instead, unless they agree to follow this article, which they are encouraged to do where this facilitates cooperation.
P Each State Party shall name a central authority that sends and answers requests for mutual legal assistance and either carries them out itself or passes them on to the authority that can. Each State Party shall tell the Secretary-General of the United Nations, when it becomes a party, which authority it has named, and shall report any later change.
P Requests shall be in writing or sent by any other means that leaves a written record, including electronic means, in a language that the requested State Party accepts and in a form that lets that State Party check that they are authentic. Each State Party shall notify the Secretary-General of the languages it accepts. In urgent cases, and if the States Parties concerned agree, a request may first be made orally, to be followed promptly by a written one.
P Each request shall state:
a Which authority is making it;
a What the investigation, prosecution or proceedings are about, and which authority is conducting them;
a A short account of the facts and of the law that applies, except where the request seeks only the service of judicial documents;
a The assistance sought, and any particular procedure that the requesting State Party would like to see followed;
a Where possible, who the persons concerned are, where they are and what nationality they hold, and a description of the electronic data sought and of the information system or service provider holding them;
a Why the evidence, information or action is needed;
a Where the request is urgent, why it is urgent.
P The requested State Party shall carry out a request under its own domestic law and, as far as that law allows and where possible, in the manner that the request sets out.
P Information or evidence received from the requested State Party may be used or passed on by the requesting State Party only for the investigations, prosecutions or proceedings named in the request, unless the requested State Party agrees beforehand to another use. Where the information or evidence exculpates an accused person, the requesting State Party may disclose it in its proceedings, after notifying the requested State Party in advance where possible.
P The requesting State Party may ask that the request and what it contains be kept confidential, except as far as needed to carry it out. If the requested State Party cannot keep it confidential, it shall tell the requesting State Party promptly.
P The requested State Party shall carry out the request promptly, paying the closest attention it can to any time limits that the requesting State Party has proposed and explained. It shall answer reasonable questions about progress and shall tell the requesting State Party promptly once the request has been carried out, or if it cannot be.
P The requested State Party shall bear the ordinary costs of carrying out a request, unless the States Parties concerned agree otherwise. Where a request would involve substantial or extraordinary expenses, the States Parties concerned shall consult on the conditions for carrying it out and on who is to bear the costs.
P A State Party may refuse mutual legal assistance:
a Where the request does not meet the requirements of this article;
a Where the requested State Party considers that carrying out the request would likely harm its sovereignty, security, public order or other essential interests;
a Where the domestic law of the requested State Party would bar its authorities from taking the action requested in a case of the same kind investigated or prosecuted under its own jurisdiction; or
a Where the requested State Party has serious reason to think that the request was made to prosecute or punish a person for his or her sex, race, language, religion, nationality, ethnic origin or political opinions, or that granting it would harm that person for any of those reasons.
P A refusal of mutual legal assistance shall state its reasons. Before refusing or postponing a request, the requested State Party shall consult the requesting State Party on whether assistance could be given on conditions, and shall respect those conditions if the requesting State Party accepts them.
P The requested State Party may postpone assistance where carrying out the request would interfere with an investigation, prosecution or judicial proceeding under way in its territory.
P The requested State Party shall supply copies of the public records, documents and information it holds that anyone may obtain under its domestic law, and may, at its discretion, supply copies of other such records, in whole or in part or on conditions.
P Where a witness or expert in the territory of one State Party is to give evidence before the judicial authorities of another State Party and cannot or should not travel, the first State Party may, if the other so requests and where consistent with the fundamental principles of its domestic law, allow the hearing to be held by videoconference. The States Parties concerned may agree that a judicial authority of the requesting State Party conducts the hearing, with a judicial authority of the requested State Party present.
P The requested State Party may ask the requesting State Party to provide, within a reasonable time, any additional information needed to execute the request, and shall not refuse the request for lack of information without first giving the requesting State Party an opportunity to supply it.
`,
    },
    edits: {
      6: [['or other essential interests;', 'or other essential interests[, including the protection of human rights];']],
      5: [
        ['Where the domestic law of the requested State Party would bar', '[Where the domestic law of the requested State Party would bar'],
        ['under its own jurisdiction; or', 'under its own jurisdiction;] or'],
      ],
      4: [
        ['Where the information or evidence exculpates an accused person,', '[Where the information or evidence exculpates an accused person,'],
        ['after notifying the requested State Party in advance where possible.', 'after notifying the requested State Party in advance where possible.]'],
      ],
      3: [
        ['including electronic means,', '[including electronic means,]'],
        ['and a description of the electronic data sought and of the information system or service provider holding them;', '[and a description of the electronic data sought and of the information system or service provider holding them];'],
        { insAfter: 'Where the requested State Party has serious reason to think', lines: 'a [Where the requested State Party regards the offence concerned as a political offence;]' },
      ],
      2: [
        ['which they are encouraged to do where this facilitates cooperation.', '[which they are encouraged to do where this facilitates cooperation].'],
      ],
    },
  },
  {
    key: 'emergency-mla',
    title: { 4: 'Expedited mutual legal assistance in emergencies', 5: 'Mutual legal assistance in emergencies' },
    status: { 5: 'pending', 6: AR },
    text: {
      7: `
P Where a State Party considers that an emergency exists, it may ask another State Party for mutual legal assistance to be given with the greatest possible speed. The request shall explain, in addition to the other particulars required by article {a:mla-procedures}, why the situation is an emergency and how the assistance sought would help to address it.
P Requests under this article may be sent and answered by electronic means, through the channels and with the safeguards for security and authentication that the States Parties concerned have agreed or that the requested State Party has notified.
P If the requested State Party needs further details to assess the request, it shall ask for them at once, and the requesting State Party shall supply them without delay.
P When the requested State Party is satisfied that an emergency exists and that the other conditions for assistance are fulfilled, it shall execute the request as a matter of priority and shall transmit the results by the fastest secure means available.
P Each State Party shall ensure that its central authority, or another authority designated for this purpose, can be reached at all times to deal with requests under this article, and may use the network established under article {a:network-24-7} for that purpose.
P States Parties may agree that electronic data provided under this article may be transmitted directly to the competent authority of the requesting State Party that conducts the investigation, in which case that authority shall inform the central authority of its State without delay.
P States Parties shall keep under review, including through the Conference of the States Parties, the use made of this article, with a view to identifying good practices and any difficulties in its application.
`,
    },
    edits: {
      5: [['and may use the network established under article {a:network-24-7} for that purpose.', '[and may use the network established under article {a:network-24-7} for that purpose].']],
      4: [
        ['P Requests under this article may be sent and answered by electronic means', 'P [Requests under this article may be sent and answered by electronic means'],
        ['or that the requested State Party has notified.', 'or that the requested State Party has notified.]'],
        ['shall execute the request as a matter of priority', 'shall execute the request [as a matter of priority] [within seventy-two hours]'],
      ],
    },
  },
  {
    key: 'network-24-7',
    title: { 2: '24/7 network', 5: 'Network of contact points available at all times' },
    status: { 4: IA, 5: AR, 6: AR },
    text: {
      7: `
P Each State Party shall designate a point of contact that can be reached at any hour of any day, so that immediate assistance is available in specific criminal investigations and proceedings concerning the offences defined in this Convention and in collecting and preserving evidence in electronic form of other serious offences.
P Each State Party shall notify its point of contact to the Secretary-General of the United Nations; the Secretary-General shall keep an up-to-date register of the points of contact available to States Parties.
P The assistance provided through the points of contact shall include facilitating or, where the domestic law and practice of the State Party permit, directly carrying out:
a The provision of technical advice;
a The preservation of stored electronic data in accordance with article {a:intl-preservation};
a Gathering evidence, giving legal information and finding suspects;
a The transmission of electronic data in an emergency, in accordance with article {a:emergency-mla}.
P Each point of contact shall be able to communicate quickly with the point of contact of any other State Party. Where a point of contact is not part of the authority responsible for mutual legal assistance or extradition, the State Party shall ensure that it can coordinate with that authority quickly.
P Each State Party shall ensure that its point of contact has trained staff and equipment to facilitate the operation of the network.
P The secretariat referred to in article {a:secretariat} shall, in cooperation with States Parties, facilitate regular exercises and meetings of the points of contact in order to test the functioning of the network and to share experience.
P States Parties shall ensure that their points of contact can communicate in at least one language commonly used by the network, and shall inform the secretariat of the languages in which their points of contact can work.
`,
    },
    edits: {
      3: [
        { delBlock: 'The transmission of electronic data in an emergency' },
        ['Gathering evidence, giving legal information and finding suspects;', 'Gathering evidence, giving legal information and finding suspects.'],
        ['The preservation of stored electronic data in accordance with article {a:intl-preservation};', 'The preservation of stored electronic data in accordance with article {a:intl-preservation}; and'],
      ],
      2: [['of other serious offences.', 'of other [serious] offences.']],
    },
  },
  {
    key: 'intl-preservation',
    title: { 2: 'Expedited preservation of stored electronic data', 3: 'International cooperation for the expedited preservation of stored electronic data' },
    status: { 4: IA, 5: AR, 6: AR },
    text: {
      7: `
P A State Party may ask another State Party to order or otherwise obtain the prompt preservation of electronic data stored by means of an information system located in the territory of that other State Party, where the requesting State Party means to follow up with a request for mutual legal assistance to search, seize or obtain disclosure of those data.
P A request for preservation under paragraph 1 of this article shall specify:
a The authority seeking the preservation;
a The offence under investigation or prosecution and a brief summary of the related facts;
a The electronic data to be preserved and their relationship to the offence;
a Any available information identifying the custodian of the data or the location of the information system;
a Why the preservation is necessary; and
a That the requesting State Party intends to submit a request for mutual legal assistance for the search, seizure or disclosure of the data.
P On receiving the request, the requested State Party shall take all appropriate measures to preserve the specified data promptly in accordance with its domestic law. Dual criminality shall not be required as a condition for such preservation, although a State Party that requires it for the search, seizure or disclosure of data may refuse preservation where it has reason to believe that the condition will not be met when disclosure is sought.
P A request for preservation may also be refused on the grounds referred to in article {a:mla-procedures}, paragraph 10 (b).
P Where the requested State Party believes that preservation will not keep the data available, or will put at risk the confidentiality or the progress of the investigation of the requesting State Party, it shall promptly so inform the requesting State Party, which shall then decide whether the request should nevertheless be executed.
P Data preserved in response to a request shall be kept for at least sixty days, so that the requesting State Party can submit a request for their search or similar access, seizure or disclosure. Once such a request has been received, the data shall continue to be preserved until a decision on it has been taken.
P Where, in preserving traffic data at the request of another State Party, a State Party finds that a service provider in a third State helped to transmit the communication, it shall promptly disclose to the requesting State Party enough traffic data to identify that service provider and the route by which the communication was transmitted. Disclosure under this paragraph may be refused only on the grounds referred to in article {a:mla-procedures}, paragraph 10 (b).
`,
    },
    edits: {
      5: [['shall be kept for at least sixty days,', 'shall be kept for at least [sixty] [ninety] days,']],
      3: [
        ['Dual criminality shall not be required as a condition for such preservation, although', '[Dual criminality shall not be required as a condition for such preservation, although'],
        ['when disclosure is sought.', 'when disclosure is sought.]'],
        ['preservation may also be refused on the grounds referred to in article {a:mla-procedures}, paragraph 10 (b).', 'preservation may also be refused on the grounds referred to in article {a:mla-procedures}, paragraph 10 (b) [or (d)].'],
      ],
    },
  },
  {
    key: 'mla-access-stored',
    title: { 2: 'Mutual legal assistance in accessing stored electronic data' },
    status: { 4: IA, 5: AR, 6: AR },
    text: {
      7: `
P A State Party may ask another State Party to search or similarly access, to seize or similarly secure and to disclose electronic data stored by means of an information system in the territory of the requested State Party, including data preserved under article {a:intl-preservation}.
P The requested State Party shall deal with the request in accordance with this chapter and with the treaties, arrangements and laws on which their cooperation is based.
P The requested State Party shall execute the request with particular speed where there is reason to believe that the data are especially likely to be lost or altered, or where speed is otherwise required by the instruments referred to in paragraph 2 of this article.
P The requested State Party may, where its domestic law permits, disclose the data in a form that makes them usable as evidence in the requesting State Party, and shall certify, on request, that the data are complete and have not been altered.
P Where a request concerns data held by a service provider whose services are offered in the territory of the requesting State Party, the requested State Party shall consider whether the data can be obtained more quickly through an order under its domestic law addressed to that service provider, and shall inform the requesting State Party accordingly.
P Each State Party shall consider whether requests for subscriber information under this article can be executed through simplified procedures, in view of the less intrusive nature of such information, while respecting the safeguards provided for in its domestic law.
`,
    },
    edits: {
      3: [{ delBlock: 'usable as evidence in the requesting State Party' }],
    },
  },
  {
    key: 'mla-realtime',
    title: { 2: 'Mutual legal assistance in the real-time collection of traffic data' },
    status: { 5: IA, 6: AR },
    kind: { 7: 'editorial' },
    text: {
      7: `
P States Parties shall assist one another in collecting traffic data in real time in relation to specified communications transmitted in their territory by means of an information system. Subject to paragraph 2 of this article, such assistance shall be governed by the conditions and procedures of the domestic law of the requested State Party.
P Each State Party shall provide such assistance at least for the criminal offences for which the real-time collection of traffic data would be available to its own authorities in a comparable domestic case.
P A request under this article shall specify, in addition to the information required by article {a:mla-procedures}, the traffic data sought and their relationship to the offence, the period for which collection is sought, which shall be no longer than necessary, and the reasons why the data are needed in real time.
P Traffic data collected under this article shall be transmitted to the requesting State Party by secure means, and the requesting State Party shall use them only for the investigation or proceedings specified in the request, unless the requested State Party agrees to another use.
P Where the requested State Party cannot collect the traffic data in real time itself, it may, where its domestic law permits, order a service provider in its territory to do so and to transmit the data to its competent authority for onward transmission to the requesting State Party.
`,
    },
    edits: {
      6: [['such assistance shall be governed by the conditions and procedures of the domestic law', 'such assistance shall be governed by the conditions and procedures of the Domestic Law']],
      4: [['the period for which collection is sought, which shall be no longer than necessary,', 'the period for which collection is sought[, which shall be no longer than necessary],']],
    },
  },
  {
    key: 'mla-interception',
    title: { 2: 'Mutual legal assistance in the interception of content data' },
    status: { 4: 'under discussion', 5: 'pending', 6: AR },
    text: {
      7: `
P States Parties shall assist one another, to the extent permitted by the treaties applicable to them and by their domestic law, in collecting or recording in real time the content of specified communications sent by means of an information system.
P A request under this article shall specify, in addition to the information required by article {a:mla-procedures}, the content data sought, the period of collection, the grounds on which the interception is considered necessary and proportionate, and the authority that authorized the measure in the requesting State Party.
P The requesting State Party shall use the content data obtained only for the purposes stated in the request, unless the requested State Party consents to another use, and shall destroy data that are not relevant to those purposes.
P The requested State Party may make its assistance under this article subject to conditions, including conditions relating to the duration of the interception, to the persons who may have access to the content data and to the use of the data in proceedings, and the requesting State Party shall comply with any conditions that it has accepted.
P States Parties shall inform one another, through the secretariat referred to in article {a:secretariat}, of the authorities competent to authorize and to execute interception under this article, and of any conditions that their domestic law attaches to it.
`,
    },
    edits: {
      5: [['and shall destroy data that are not relevant to those purposes.', '[and shall destroy data that are not relevant to those purposes].']],
      4: [['States Parties shall assist one another,', 'States Parties [shall] [may] assist one another,']],
      3: [['the grounds on which the interception is considered necessary and proportionate, and the authority', '[the grounds on which the interception is considered necessary and proportionate,] and the authority']],
    },
  },
  {
    key: 'cross-border-access',
    title: { 2: 'Trans-border access to stored electronic data' },
    notes: { 'cba-1': 'The relationship between this article and article {a:sovereignty} remains to be discussed.' },
    text: {
      3: `
P [Option 1: A State Party may, without the authorization of another State Party, obtain access to stored electronic data that are publicly available, wherever they are located, or to data located in the territory of another State Party with the lawful and voluntary consent of a person who has lawful authority to disclose them.] [Option 2: No State Party shall obtain access to electronic data stored in the territory of another State Party except through the procedures provided for in this chapter.][^cba-1]
P [A State Party that obtains access under paragraph 1 of this article shall inform the other State Party concerned without delay.]
`,
    },
    edits: {},
  },
  {
    key: 'le-cooperation',
    title: { 2: 'Law enforcement cooperation' },
    status: { 5: IA, 6: AR },
    text: {
      7: `
P States Parties shall work closely together, in keeping with their legal and administrative systems, to make law enforcement action against the offences defined in this Convention more effective. To that end, each State Party shall in particular take effective measures:
a To establish or strengthen secure and rapid channels of communication between its competent authorities and those of other States Parties;
a To carry out joint inquiries into who is suspected of taking part in such offences, where those persons are and what they do, and into the movement of proceeds of crime and of property, equipment or other instruments used in committing them;
a To exchange information on the specific means and methods used by offenders, including the use of false identities, anonymization services and virtual assets, and on emerging threats;
a To provide, where appropriate, the items or data needed for analytical or investigative purposes;
a To help their competent authorities coordinate, including through the posting of liaison officers, where the States Parties concerned have agreed to this between them.
P States Parties shall consider agreeing, bilaterally or among several of them, on direct cooperation between their law enforcement agencies, or updating the agreements of that kind they already have. Where there is no such agreement, this Convention may serve as the basis for that cooperation.
P Each State Party may, in accordance with its domestic law, take into account, in criminal proceedings against a person for an offence defined in this Convention, a conviction of that person handed down in another State.
P Information exchanged under this article shall be subject to article {a:personal-data}.
P Within their means, States Parties shall seek to act together against offences committed by means of information systems, including by sharing information on the tools, infrastructure and services used by offenders, and by coordinating action to disrupt such infrastructure in accordance with their domestic law and international law.
`,
    },
    edits: {
      6: [['including the use of false identities, anonymization services and virtual assets,', 'including the use of false identities[, anonymization services] and virtual assets,']],
      4: [
        { delBlock: 'a conviction of that person handed down in another State' },
        { delBlock: 'Information exchanged under this article shall be subject to' },
        ['and into the movement of proceeds of crime', '[and into the movement of proceeds of crime'],
        ['used in committing them;', 'used in committing them];'],
      ],
      2: [['including through the posting of liaison officers,', '[including through the posting of liaison officers,]']],
    },
  },
  {
    key: 'offender-info',
    title: { 2: 'Exchange of information on offenders' },
    status: { 4: 'pending' },
    text: {
      4: `
P States Parties shall exchange, on request and in accordance with their domestic law, information on who is suspected of taking part in the offences defined in this Convention, where those persons are and what they do[, including information from criminal records].
P Each State Party may[, in accordance with its domestic law,] take into account, in criminal proceedings against a person for an offence defined in this Convention, a conviction of that person handed down in another State.
P [Information exchanged under this article shall be subject to article {a:personal-data}.]
`,
    },
    edits: {
      2: [['P States Parties shall exchange, on request', 'P States Parties shall [exchange] [endeavour to exchange], on request']],
    },
  },
  {
    key: 'joint-investigations',
    title: { 2: 'Joint investigations' },
    status: { 4: AR, 5: AR, 6: AR },
    text: {
      7: `
P States Parties shall consider agreeing, bilaterally or multilaterally, that their competent authorities may set up joint investigation teams for matters under investigation or prosecution in one or more of them. Where there is no such agreement, joint investigations may be agreed case by case.
P The States Parties taking part in a joint investigation shall agree in writing on its purpose, duration, composition and lead, on the law applicable to the gathering of evidence and on the use of the information and evidence obtained.
P The States Parties concerned shall fully respect the sovereignty of the State Party where any investigative activity takes place, and shall carry out such activity in accordance with that State Party's law.
P Officials of a State Party taking part in a joint investigation in the territory of another State Party shall act under the direction of the team leader designated by that State Party and in accordance with its law, and shall exercise only the powers that the States Parties concerned have agreed in writing.
P Information lawfully obtained by a member of a joint investigation team that is not otherwise available to the competent authorities of the States Parties concerned may be used for the purposes for which the team was set up and, with the consent of the State Party in which it was obtained, for other purposes.
P States Parties shall consider providing for the use of secure platforms for the sharing of information and evidence among the members of a joint investigation team, with appropriate safeguards for the protection of personal data.
`,
    },
    edits: {
      2: [['shall agree in writing on its purpose,', 'shall agree [in writing] on its purpose,']],
    },
  },
  {
    key: 'intl-confiscation',
    title: { 2: 'International cooperation for purposes of confiscation' },
    status: { 4: 'pending', 5: IA, 6: AR },
    text: {
      7: `
P Where a State Party with jurisdiction over an offence defined in this Convention asks another State Party to confiscate proceeds of crime or other items referred to in article {a:freezing-confiscation}, paragraph 1, that are in the territory of the other State Party, that State Party shall, as far as its domestic legal system allows:
a Pass the request to its competent authorities so that they may issue a confiscation order, and enforce the order if it is issued; or
a Pass to its competent authorities a confiscation order made by a court of the requesting State Party, so that they enforce it as far as requested.
P At the request of a State Party with jurisdiction, the requested State Party shall take steps to identify, trace and freeze or seize the items referred to in paragraph 1 of this article, so that they can later be confiscated, whether by order of the requesting State Party or by its own order on a request under paragraph 1 of this article.
P Article {a:mla-procedures} applies, with the necessary changes, to requests under this article. A request under paragraph 1 of this article shall also describe the property to be confiscated and, where available, its location and estimated value, and set out the facts on which the requesting State Party relies.
P The requested State Party may refuse cooperation under this article, or lift provisional measures, if the evidence it receives is insufficient or late, or if the property is of minimal value. Before lifting a provisional measure, it shall, wherever possible, let the requesting State Party explain why the measure should stay in place.
P Nothing in this article affects the rights of third parties acting in good faith.
P Each State Party shall send the Secretary-General of the United Nations its laws and regulations giving effect to this article, and any later changes to them.
P States Parties shall consider treaties, agreements or arrangements, bilateral or multilateral, that would make cooperation under this article more effective. A State Party that requires a treaty before it acts under paragraphs 1 and 2 of this article shall regard this Convention as a sufficient treaty basis.
`,
    },
    edits: {
      5: [['or if the property is of minimal value.', '[or if the property is of minimal value].']],
      3: [
        ['P The requested State Party may refuse cooperation under this article', 'P [The requested State Party may refuse cooperation under this article'],
        ['why the measure should stay in place.', 'why the measure should stay in place.]'],
      ],
      2: [
        ['other items referred to in article {a:freezing-confiscation}, paragraph 1,', 'other items referred to in article {a:freezing}, paragraph 1,'],
        ['and, where available, its location and estimated value,', '[and, where available, its location and estimated value,]'],
      ],
    },
  },
  {
    key: 'return-proceeds',
    title: { 2: 'Disposal of confiscated proceeds of crime or property', 5: 'Return and disposal of confiscated proceeds of crime' },
    kind: { 3: 'references-only' },
    status: { 5: 'pending', 6: IA },
    text: {
      7: `
P A State Party that confiscates proceeds of crime or property under article {a:freezing-confiscation} or article {a:intl-confiscation} shall dispose of them as its domestic law and administrative procedures provide.
P Where it acts on a request from another State Party under article {a:intl-confiscation}, a State Party shall, as far as its domestic law permits and if asked to do so, consider as a priority returning the confiscated property to the requesting State Party, so that it may compensate the victims or restore the property to its legitimate owners.
P When acting on a request under article {a:intl-confiscation}, a State Party may consider concluding agreements or arrangements to contribute the value of such proceeds or property, or part of it, to the account referred to in article {a:development}, or to share it with other States Parties.
P Unless the States Parties concerned agree otherwise, the requested State Party may keep back reasonable costs of the investigations, prosecutions or judicial proceedings that led to the return or disposal of confiscated property.
P Where appropriate, States Parties may also agree, case by case, on how confiscated property is finally to be disposed of, taking into account the interests of victims and of the States Parties that contributed to the investigation.
`,
    },
    edits: {
      6: [['consider as a priority returning the confiscated property', 'consider as a priority [returning] [the return of] the confiscated property'],
        ['so that it may compensate the victims or restore the property', 'so that it may compensate the victims [or restore the property'],
        ['to its legitimate owners.', 'to its legitimate owners].']],
      4: [{ delBlock: 'may keep back reasonable costs' }],
      3: [['to the account referred to in article {a:development}, or to share it with other States Parties.', '[to the account referred to in article {a:development}] [to the development of the capacities of developing countries], or to share it with other States Parties.']],
      2: [['A State Party that confiscates proceeds of crime or property under article {a:freezing-confiscation} or article {a:intl-confiscation}', 'A State Party that confiscates proceeds of crime or property under article {a:confiscation} or article {a:intl-confiscation}']],
    },
  },
];
