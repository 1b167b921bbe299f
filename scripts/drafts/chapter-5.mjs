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
P States Parties shall cooperate with one another to the widest extent possible, in accordance with this Convention, with other applicable international instruments and with their domestic law, in investigations, prosecutions and judicial proceedings concerning the offences established in accordance with this Convention, and in collecting, preserving and sharing evidence in electronic form of those offences.
P States Parties shall also cooperate in collecting and sharing evidence in electronic form of any serious offence, to the extent provided in this chapter.
P Where a State Party makes cooperation subject to dual criminality, that condition shall be considered met whenever the conduct underlying the request is a criminal offence under the laws of both States Parties, even if their laws classify or name the offence differently.
P Each State Party shall consider assisting in investigations and proceedings in civil and administrative matters relating to offences established in accordance with this Convention, where appropriate and consistent with its domestic legal system.
P Nothing in this chapter prevents States Parties from cooperating more broadly under other agreements or arrangements, or on the basis of reciprocity.
P In giving effect to this chapter, States Parties shall use the most rapid means of communication available to them that offer an appropriate level of security and authentication, including electronic means, and shall accept requests and responses transmitted by such means where their domestic law allows.
P Cooperation under this chapter shall be subject to the conditions provided for by the domestic law of the requested State Party or by the applicable treaties, including the grounds on which cooperation may be refused, except as otherwise provided in this chapter.
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
P This article applies to the offences established in accordance with this Convention that are punishable under the laws of both the requesting and the requested State Party by imprisonment for a maximum of at least one year, or by a more severe penalty, where the person sought is present in the territory of the requested State Party.
P Where a request concerns several separate offences, at least one of which is extraditable under this article while the others are not extraditable only because of the length of the penalty, the requested State Party may apply this article to those other offences as well.
P Each offence to which this article applies shall be treated as an extraditable offence under any extradition treaty in force between States Parties, and States Parties shall include such offences as extraditable offences in every extradition treaty that they conclude with one another.
P A State Party that makes extradition conditional on the existence of a treaty may, on receiving a request from a State Party with which it has no extradition treaty, treat this Convention as the legal basis for extradition in respect of any offence to which this article applies.
P States Parties that do not make extradition conditional on the existence of a treaty shall recognize the offences to which this article applies as extraditable offences between themselves.
P Extradition shall be subject to the conditions provided for by the domestic law of the requested State Party or by applicable extradition treaties, including conditions relating to the minimum penalty required and the grounds on which the requested State Party may refuse extradition.
P States Parties shall, subject to their domestic law, seek to expedite extradition procedures and to simplify the evidentiary requirements relating to them.
P If a State Party does not extradite a person found in its territory for an offence to which this article applies solely because the person is one of its nationals, it shall, at the request of the requesting State Party, refer the case without undue delay to its competent authorities for prosecution. Those authorities shall deal with the case as they would with any offence of a comparable grave nature under the law of that State Party, and the States Parties concerned shall cooperate on procedural and evidentiary matters to make the prosecution effective.
P The requested State Party is not obliged to extradite a person where it has substantial grounds for believing that the request was made in order to prosecute or punish the person because of his or her sex, race, language, religion, nationality, ethnic origin or political opinions, or that granting the request would harm the person's position for any of those reasons.
P A person against whom extradition proceedings are brought shall be treated fairly at every stage and shall enjoy all the rights and guarantees that the law of the State Party in whose territory he or she is present provides.
P States Parties shall not refuse a request for extradition solely because the offence is also considered to involve fiscal matters.
P Where several States Parties request the extradition of the same person, whether for the same conduct or for different conduct, the requested State Party shall decide to which of them the person is to be surrendered, taking into account all the relevant circumstances, including the seriousness of the offences and where they were committed, the dates of the requests, the nationality of the person and the possibility of later extradition between the requesting States Parties.
P Subject to its domestic law and its extradition treaties, the requested State Party may, on being satisfied that the circumstances warrant it and are urgent, and at the request of the requesting State Party, take a person whose extradition is sought and who is present in its territory into custody, or take other appropriate measures to ensure his or her presence at extradition proceedings.
P Before refusing extradition, the requested State Party shall, where appropriate, consult the requesting State Party so that it can present its views and supply information relevant to the request.
P Each State Party shall, at the time of signature or when depositing its instrument of ratification, acceptance, approval or accession, inform the Secretary-General of the United Nations of the name and address of the authority responsible for making or receiving requests for extradition.
`,
    },
    edits: {
      6: [['for a maximum of at least one year,', 'for a maximum of at least [one year] [two years],']],
      5: [
        ['sex, race, language, religion, nationality, ethnic origin or political opinions', 'sex, race, [language,] religion, nationality, ethnic origin or political opinions'],
        { insBefore: 'States Parties shall not refuse a request for extradition solely because', lines: 'P [None of the offences established in accordance with this Convention shall be regarded, for the purposes of extradition, as a political offence.]' },
      ],
      4: [['as they would with any offence of a comparable grave nature', 'as they would with any [offence of a comparable grave nature] [serious offence]'],
        ['P This article applies to the offences established', 'P This article applies[^ext-1] to the offences established']],
      3: [
        ['P This article applies[^ext-1] to the offences established', 'P This article applies to the offences established'],
        ['P Where a request concerns several separate offences', 'P [Where a request concerns several separate offences'],
        ['may apply this article to those other offences as well.', 'may apply this article to those other offences as well.]'],
        ['and the States Parties concerned shall cooperate on procedural and evidentiary matters to make the prosecution effective.', '[and the States Parties concerned shall cooperate on procedural and evidentiary matters to make the prosecution effective].'],
      ],
      2: [{ delBlock: 'involve fiscal matters' }],
    },
  },
  {
    key: 'transfer-sentenced',
    title: { 2: 'Transfer of sentenced persons' },
    status: { 4: AR, 5: AR, 6: AR },
    text: {
      7: `
P States Parties may consider concluding bilateral or multilateral agreements or arrangements under which persons sentenced to imprisonment for offences established in accordance with this Convention may be transferred to the territory of another State Party to serve the rest of their sentence.
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
P States Parties shall consider transferring to one another proceedings for the prosecution of an offence established in accordance with this Convention where doing so serves the proper administration of justice, in particular where several jurisdictions are involved and the prosecution can usefully be brought together in one of them.
P A State Party that transfers proceedings shall provide the receiving State Party with the case file and the evidence gathered, and shall inform the victims, where they are known, of the transfer.
P The transfer of proceedings shall not prejudice the rights of the suspect or of the victims, and the receiving State Party shall inform the transferring State Party of the outcome of the proceedings.
P States Parties may agree that evidence gathered by the transferring State Party in accordance with its law shall be admissible in the proceedings of the receiving State Party, subject to the law of the receiving State Party and to the rights of the defence.
P States Parties shall consider concluding bilateral or multilateral agreements or arrangements to give effect to this article, and may treat this Convention as the legal basis for a transfer of proceedings where no such agreement or arrangement exists between them.
P Once proceedings have been transferred, the transferring State Party shall refrain from prosecuting the suspect for the same conduct unless the receiving State Party informs it that it has decided not to continue the proceedings.
`,
    },
    edits: {
      3: [['and shall inform the victims, where they are known, of the transfer.', '[and shall inform the victims, where they are known, of the transfer].']],
      1: [
        ['States Parties shall consider transferring', 'States Parties [shall] [may] consider transferring'],
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
P States Parties shall give one another the broadest possible mutual legal assistance in investigations, prosecutions and judicial proceedings concerning the offences established in accordance with this Convention, and in collecting evidence in electronic form of any serious offence.
P Mutual legal assistance shall also be given, as fully as the laws, treaties and arrangements of the requested State Party allow, in investigations and proceedings concerning offences for which a legal person may be held liable under article {a:legal-persons}.
P Mutual legal assistance may be requested for any of the following purposes:
a Taking evidence or statements from persons, including by videoconference;
a Serving judicial documents;
a Executing searches and seizures, and freezing;
a Searching or similarly accessing, seizing or similarly securing, and disclosing electronic data stored by means of an information system;
a Collecting traffic data or content data in real time;
a Examining objects and sites;
a Providing information, evidentiary items and expert evaluations;
a Providing originals or certified copies of relevant documents and records;
a Identifying or tracing proceeds of crime, property, instruments or other things for evidentiary purposes;
a Facilitating the voluntary appearance of persons in the requesting State Party;
a Recovering proceeds of crime;
a Any other type of assistance that is not contrary to the domestic law of the requested State Party.
P The competent authorities of a State Party may, subject to its domestic law and without a prior request, pass information on criminal matters, including electronic data, to a competent authority of another State Party where they believe that the information could help that authority to begin or bring to a successful conclusion an investigation or proceedings. The receiving authority shall respect any request that the information remain confidential or be used only under specified conditions.
P A State Party shall not refuse mutual legal assistance under this chapter on the ground of bank secrecy.
P A person who is detained or serving a sentence in the territory of one State Party and whose presence in another State Party is requested for the purposes of identification, testimony or otherwise helping to obtain evidence may be transferred if the person freely gives informed consent and the competent authorities of both States Parties agree. The receiving State Party shall keep the person in custody unless the sending State Party authorizes otherwise, shall return the person without delay as agreed, and shall not require the sending State Party to begin extradition proceedings for the return. Time spent in custody in the receiving State Party shall be credited toward the sentence being served in the sending State Party.
P A witness, expert or other person who agrees, at the request of the requesting State Party, to testify in proceedings or to assist in an investigation in its territory shall not be prosecuted, detained, punished or otherwise restricted in personal liberty there for acts, omissions or convictions that preceded his or her departure from the requested State Party. This protection shall end if the person, having had fifteen consecutive days, or any other period agreed between the States Parties, in which to leave after being informed that his or her presence is no longer required, remains voluntarily in that territory or returns to it of his or her own free will.
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
P The provisions of this article apply to requests made under this Convention where the requesting and requested States Parties are not bound by a treaty on mutual legal assistance. Where they are bound by such a treaty, its provisions apply instead, unless the States Parties agree to apply the provisions of this article, which they are encouraged to do where this facilitates cooperation.
P Each State Party shall designate a central authority with the responsibility and power to send and answer requests for mutual legal assistance and to execute them or transmit them to the authorities competent to execute them. Each State Party shall notify the Secretary-General of the United Nations of the authority designated when it deposits its instrument of ratification, acceptance, approval or accession, and of any later change.
P Requests shall be made in writing or, where possible, by any means capable of producing a written record, including electronic means, in a language acceptable to the requested State Party and under conditions that allow that State Party to establish authenticity. Each State Party shall notify the Secretary-General of the languages acceptable to it. In urgent cases, and where the States Parties concerned agree, requests may be made orally but shall be confirmed in writing promptly.
P A request for mutual legal assistance shall contain:
a The identity of the authority making the request;
a The subject matter and nature of the investigation, prosecution or proceedings to which the request relates, and the name and functions of the authority conducting them;
a A summary of the relevant facts and of the applicable law, except in relation to requests for the service of judicial documents;
a A description of the assistance sought and details of any particular procedure that the requesting State Party wishes to be followed;
a Where possible, the identity, location and nationality of any person concerned, and a description of the electronic data sought and of the information system or service provider holding them;
a The purpose for which the evidence, information or action is sought;
a Where the request is urgent, the reasons for urgency.
P A request shall be executed in accordance with the domestic law of the requested State Party and, to the extent not contrary to that law and where possible, in accordance with the procedures specified in the request.
P The requesting State Party shall not transmit or use information or evidence furnished by the requested State Party for investigations, prosecutions or proceedings other than those stated in the request without the prior consent of the requested State Party. Where the information or evidence exculpates an accused person, the requesting State Party may disclose it in its proceedings, after notifying the requested State Party in advance where possible.
P The requesting State Party may require that the requested State Party keep confidential the fact and substance of the request, except to the extent necessary to execute it. If the requested State Party cannot comply with that requirement, it shall promptly inform the requesting State Party.
P The requested State Party shall execute the request as soon as possible and shall take as full account as possible of any deadlines suggested by the requesting State Party for which reasons are given. It shall respond to reasonable inquiries about progress and shall promptly inform the requesting State Party when the request has been executed or cannot be executed.
P The ordinary costs of executing a request shall be borne by the requested State Party, unless the States Parties concerned agree otherwise. Where a request requires substantial or extraordinary expenses, the States Parties concerned shall consult to determine the conditions under which it will be executed and how the costs will be borne.
P Mutual legal assistance may be refused:
a If the request does not conform to this article;
a If the requested State Party considers that executing the request is likely to prejudice its sovereignty, security, public order or other essential interests;
a If the domestic law of the requested State Party would prohibit its authorities from taking the action requested in respect of a similar offence under investigation or prosecution within its own jurisdiction; or
a If the requested State Party has substantial grounds for believing that the request was made in order to prosecute or punish a person because of his or her sex, race, language, religion, nationality, ethnic origin or political opinions, or that granting the request would harm that person's position for any of those reasons.
P Reasons shall be given for any refusal of mutual legal assistance. Before refusing a request or postponing its execution, the requested State Party shall consult the requesting State Party to consider whether assistance may be granted subject to conditions, and shall comply with those conditions if the requesting State Party accepts them.
P The requested State Party may postpone mutual legal assistance on the ground that it interferes with an ongoing investigation, prosecution or judicial proceeding.
P The requested State Party shall provide the requesting State Party with copies of government records, documents or information in its possession that are available to the general public under its domestic law, and may, at its discretion, provide copies of other such records, in whole or in part or subject to conditions.
P Where a person in the territory of one State Party is to be heard as a witness or expert by the judicial authorities of another State Party, and it is not possible or desirable for the person to appear in person, the first State Party may, at the request of the other and where consistent with the fundamental principles of its domestic law, allow the hearing to take place by videoconference. The States Parties concerned may agree that the hearing is to be conducted by a judicial authority of the requesting State Party in the presence of a judicial authority of the requested State Party.
P The requested State Party may ask the requesting State Party to provide, within a reasonable time, any additional information needed to execute the request, and shall not refuse the request for lack of information without first giving the requesting State Party an opportunity to supply it.
`,
    },
    edits: {
      6: [['or other essential interests;', 'or other essential interests[, including the protection of human rights];']],
      5: [
        ['If the domestic law of the requested State Party would prohibit', '[If the domestic law of the requested State Party would prohibit'],
        ['within its own jurisdiction; or', 'within its own jurisdiction;] or'],
      ],
      4: [
        ['Where the information or evidence exculpates an accused person,', '[Where the information or evidence exculpates an accused person,'],
        ['after notifying the requested State Party in advance where possible.', 'after notifying the requested State Party in advance where possible.]'],
      ],
      3: [
        ['including electronic means,', '[including electronic means,]'],
        ['and a description of the electronic data sought and of the information system or service provider holding them;', '[and a description of the electronic data sought and of the information system or service provider holding them];'],
        { insAfter: 'If the requested State Party has substantial grounds for believing', lines: 'a [If the request concerns an offence that the requested State Party considers to be a political offence;]' },
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
P Each State Party shall designate a point of contact that can be reached at any hour of any day, so that immediate assistance is available in specific criminal investigations and proceedings concerning the offences established in accordance with this Convention and in collecting and preserving evidence in electronic form of other serious offences.
P The Secretary-General of the United Nations shall be notified of each point of contact and shall keep an up-to-date register of the points of contact available to States Parties.
P The assistance provided through the points of contact shall include facilitating or, where the domestic law and practice of the State Party permit, directly carrying out:
a The provision of technical advice;
a The preservation of stored electronic data in accordance with article {a:intl-preservation};
a The collection of evidence, the provision of legal information and the locating of suspects;
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
        ['The collection of evidence, the provision of legal information and the locating of suspects;', 'The collection of evidence, the provision of legal information and the locating of suspects.'],
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
P A State Party may ask another State Party to order or otherwise obtain the prompt preservation of electronic data stored by means of an information system located in the territory of that other State Party, where the requesting State Party intends to submit a request for mutual legal assistance for the search or similar access, seizure or similar securing, or disclosure of the data.
P A request for preservation under paragraph 1 of this article shall specify:
a The authority seeking the preservation;
a The offence under investigation or prosecution and a brief summary of the related facts;
a The electronic data to be preserved and their relationship to the offence;
a Any available information identifying the custodian of the data or the location of the information system;
a Why the preservation is necessary; and
a That the requesting State Party intends to submit a request for mutual legal assistance for the search, seizure or disclosure of the data.
P On receiving the request, the requested State Party shall take all appropriate measures to preserve the specified data promptly in accordance with its domestic law. Dual criminality shall not be required as a condition for such preservation, although a State Party that requires it for the search, seizure or disclosure of data may refuse preservation where it has reason to believe that the condition will not be met when disclosure is sought.
P A request for preservation may also be refused on the grounds referred to in article {a:mla-procedures}, paragraph 10 (b).
P Where the requested State Party believes that preservation will not ensure that the data remain available or will threaten the confidentiality of, or otherwise prejudice, the investigation of the requesting State Party, it shall promptly so inform the requesting State Party, which shall then decide whether the request should nevertheless be executed.
P Data preserved in response to a request shall be kept for at least sixty days, so that the requesting State Party can submit a request for their search or similar access, seizure or disclosure. Once such a request has been received, the data shall continue to be preserved until a decision on it has been taken.
P A State Party that has preserved traffic data in executing a request under this article and discovers that a service provider in another State was involved in the transmission of the communication shall promptly disclose to the requesting State Party enough traffic data to identify that service provider and the route by which the communication was transmitted. Disclosure under this paragraph may be refused only on the grounds referred to in article {a:mla-procedures}, paragraph 10 (b).
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
P States Parties shall assist one another, to the extent permitted by the treaties applicable to them and by their domestic law, in the real-time collection or recording of content data of specified communications transmitted by means of an information system.
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
P States Parties shall work closely together, in keeping with their legal and administrative systems, to make law enforcement action against the offences established in accordance with this Convention more effective. To that end, each State Party shall in particular take effective measures:
a To establish or strengthen secure and rapid channels of communication between its competent authorities and those of other States Parties;
a To cooperate in conducting inquiries into the identity, whereabouts and activities of persons suspected of involvement in such offences, and into the movement of proceeds of crime and of property, equipment or other instruments used in committing them;
a To exchange information on the specific means and methods used by offenders, including the use of false identities, anonymization services and virtual assets, and on emerging threats;
a To provide, where appropriate, the items or data needed for analytical or investigative purposes;
a To facilitate coordination between their competent authorities, including through the posting of liaison officers, subject to bilateral agreements or arrangements between the States Parties concerned.
P States Parties shall consider entering into bilateral or multilateral agreements or arrangements on direct cooperation between their law enforcement agencies and, where such agreements or arrangements already exist, amending them. In the absence of such agreements or arrangements, States Parties may consider this Convention as the basis for such cooperation.
P Each State Party may, in accordance with its domestic law, take into account a conviction handed down in another State against a person for the purposes of criminal proceedings relating to an offence established in accordance with this Convention.
P Information exchanged under this article shall be subject to article {a:personal-data}.
P States Parties shall endeavour to cooperate, within their means, to respond to offences committed by means of information systems, including by sharing information on the tools, infrastructure and services used by offenders, and by coordinating action to disrupt such infrastructure in accordance with their domestic law and international law.
`,
    },
    edits: {
      6: [['including the use of false identities, anonymization services and virtual assets,', 'including the use of false identities[, anonymization services] and virtual assets,']],
      4: [
        { delBlock: 'take into account a conviction handed down in another State' },
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
P States Parties shall exchange, on request and in accordance with their domestic law, information on the identity, whereabouts and activities of persons suspected of involvement in the offences established in accordance with this Convention[, including information from criminal records].
P Each State Party may[, in accordance with its domestic law,] take into account a conviction handed down in another State against a person for the purposes of criminal proceedings relating to an offence established in accordance with this Convention.
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
P States Parties shall consider concluding bilateral or multilateral agreements or arrangements that allow their competent authorities to set up joint investigation teams for matters under investigation or prosecution in one or more of them. Where no such agreement or arrangement exists, joint investigations may be agreed case by case.
P The States Parties taking part in a joint investigation shall agree in writing on its purpose, duration, composition and lead, on the law applicable to the gathering of evidence and on the use of the information and evidence obtained.
P The States Parties concerned shall ensure that the sovereignty of the State Party in whose territory any investigative activity takes place is fully respected, and that such activity is carried out in accordance with its law.
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
P Where a State Party receives from another State Party having jurisdiction over an offence established in accordance with this Convention a request for the confiscation of proceeds of crime or other items referred to in article {a:freezing-confiscation}, paragraph 1, located in its territory, it shall, as far as its domestic legal system allows:
a Submit the request to its competent authorities in order to obtain a confiscation order and, if such an order is granted, give effect to it; or
a Submit to its competent authorities, with a view to giving effect to it to the extent requested, a confiscation order issued by a court in the territory of the requesting State Party.
P On request by a State Party having jurisdiction, the requested State Party shall take measures to identify, trace and freeze or seize the items referred to in paragraph 1 of this article for the purpose of eventual confiscation, whether ordered by the requesting State Party or by the requested State Party on the basis of a request under paragraph 1 of this article.
P Article {a:mla-procedures} applies, with the necessary changes, to requests under this article. In addition to the information required by that article, a request under paragraph 1 of this article shall contain a description of the property to be confiscated and, where available, its location and estimated value, and a statement of the facts relied upon by the requesting State Party.
P The requested State Party may refuse cooperation under this article, or lift provisional measures, if it does not receive sufficient and timely evidence, or if the property is of minimal value. Before lifting any provisional measure, it shall, wherever possible, give the requesting State Party an opportunity to present its reasons for maintaining the measure.
P This article shall not be construed as prejudicing the rights of third parties acting in good faith.
P Each State Party shall furnish copies of its laws and regulations that give effect to this article, and of any subsequent changes to them, to the Secretary-General of the United Nations.
P States Parties shall consider concluding bilateral or multilateral treaties, agreements or arrangements to enhance the effectiveness of international cooperation undertaken under this article, and a State Party that makes the measures referred to in paragraphs 1 and 2 of this article conditional on the existence of a relevant treaty shall consider this Convention as the necessary and sufficient treaty basis.
`,
    },
    edits: {
      5: [['or if the property is of minimal value.', '[or if the property is of minimal value].']],
      3: [
        ['P The requested State Party may refuse cooperation under this article', 'P [The requested State Party may refuse cooperation under this article'],
        ['its reasons for maintaining the measure.', 'its reasons for maintaining the measure.]'],
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
P Proceeds of crime or property confiscated by a State Party under article {a:freezing-confiscation} or article {a:intl-confiscation} shall be disposed of by that State Party in accordance with its domestic law and administrative procedures.
P Where it acts on a request from another State Party under article {a:intl-confiscation}, a State Party shall, as far as its domestic law permits and if asked to do so, consider as a priority returning the confiscated property to the requesting State Party, so that it may compensate the victims or restore the property to its legitimate owners.
P When acting on a request under article {a:intl-confiscation}, a State Party may consider concluding agreements or arrangements to contribute the value of such proceeds or property, or part of it, to the account referred to in article {a:development}, or to share it with other States Parties.
P The requested State Party may deduct reasonable expenses incurred in investigations, prosecutions or judicial proceedings leading to the return or disposal of confiscated property, unless the States Parties concerned agree otherwise.
P Where appropriate, States Parties may also give special consideration to concluding agreements or mutually acceptable arrangements, on a case-by-case basis, for the final disposal of confiscated property, taking into account the interests of victims and of the States Parties that contributed to the investigation.
`,
    },
    edits: {
      6: [['consider as a priority returning the confiscated property', 'consider as a priority [returning] [the return of] the confiscated property'],
        ['so that it may compensate the victims or restore the property', 'so that it may compensate the victims [or restore the property'],
        ['to its legitimate owners.', 'to its legitimate owners].']],
      4: [{ delBlock: 'The requested State Party may deduct reasonable expenses' }],
      3: [['to the account referred to in article {a:development}, or to share it with other States Parties.', '[to the account referred to in article {a:development}] [to the development of the capacities of developing countries], or to share it with other States Parties.']],
      2: [['Proceeds of crime or property confiscated by a State Party under article {a:freezing-confiscation} or article {a:intl-confiscation}', 'Proceeds of crime or property confiscated by a State Party under article {a:confiscation} or article {a:intl-confiscation}']],
    },
  },
];
