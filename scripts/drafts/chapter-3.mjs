// Chapter III. Jurisdiction
const AR = 'agreed ad referendum';
const IA = 'informally agreed';

export default [
  {
    key: 'jurisdiction',
    title: { 1: 'Jurisdiction' },
    status: { 4: 'under discussion', 5: 'pending', 6: IA },
    notes: { 'jur-1': 'The former provisions on the coordination of concurrent proceedings now form article {a:coordination}.' },
    text: {
      7: `
P Each State Party shall take the measures needed to give its courts jurisdiction over the offences defined in this Convention where the offence is committed:
a In its territory, including where the information system used is located outside its territory but the offender acted within it; or
a On board a ship flying its flag, or an aircraft registered under its law, at the time of the offence.
P Subject to article {a:sovereignty}, a State Party may also give its courts jurisdiction over any such offence where:
a The victim is one of its nationals;
a The offender is one of its nationals, or a stateless person whose habitual residence is in its territory;
a The offence is directed against the State Party, or against an information system supporting its critical infrastructure; or
a The offence is committed abroad with a view to laundering the proceeds in its territory, as provided in article {a:laundering}.
P For the purposes of article {a:extradition}, each State Party shall take the measures needed to establish its jurisdiction over the offences defined in this Convention when the alleged offender is in its territory and it refuses extradition only because that person is one of its nationals.
P Each State Party may also establish its jurisdiction over such offences whenever the alleged offender is in its territory and it does not extradite that person.
P This Convention does not prevent a State Party from exercising any criminal jurisdiction that its domestic law provides for, without prejudice to the norms of general international law.
P For the purposes of paragraph 1 of this article, an offence shall be considered to have been committed in the territory of a State Party where any of its constituent elements took place in that territory, or where its effects were intended to occur or did occur there.
P Nothing in this article obliges a State Party to exercise its jurisdiction in a particular case, and each State Party retains discretion, in accordance with its domestic law, as to whether and when to bring proceedings.
P Each State Party shall take the measures needed to ensure that its courts can exercise jurisdiction over legal persons for the offences defined in this Convention on the same grounds as those set out in this article for natural persons.
`,
    },
    edits: {
      6: [['In its territory, including where the information system used is located outside its territory but the offender acted within it; or', 'In its territory[, including where the information system used is located outside its territory but the offender acted within it]; or']],
      5: [['The offence is directed against the State Party, or against an information system supporting its critical infrastructure; or', 'The offence is directed against the State Party[, or against an information system supporting its critical infrastructure]; or'],
        ['without prejudice to the norms of general international law.', '[without prejudice to the norms of general international law].']],
      4: [['P Subject to article {a:sovereignty}, a State Party', 'P Subject to article {a:sovereignty},[^jur-1] a State Party']],
      3: [
        ['P Subject to article {a:sovereignty},[^jur-1] a State Party', 'P [Subject to article {a:sovereignty},] a State Party'],
        { insAfter: 'This Convention does not prevent a State Party from exercising', lines: `
P [Where a State Party exercising jurisdiction under paragraph 1 or 2 of this article learns that other States Parties are investigating, prosecuting or trying the same conduct, the States Parties concerned shall[, as appropriate,] consult one another through their competent authorities in order to coordinate their actions.]
P [In those consultations, the States Parties concerned shall consider[, among other things,] where the offence mainly took effect, where the victims and the evidence are located and the nationality of the alleged offender, with a view to determining the most suitable place for prosecution.]
` },
      ],
      1: [
        ['For the purposes of article {a:extradition}, each State Party', '[For the purposes of extradition, each State Party'],
        ['only because that person is one of its nationals.', 'only because that person is one of its nationals.]'],
        ['The offence is committed abroad with a view to laundering the proceeds in its territory, as provided in article {a:laundering}.', '[The offence is committed abroad with a view to committing in its territory an offence defined in this Convention.]'],
      ],
    },
  },
  {
    key: 'coordination',
    title: { 4: 'Coordination among States Parties', 5: 'Coordination of concurrent proceedings' },
    status: { 5: IA, 6: AR },
    text: {
      7: `
P Where a State Party exercising jurisdiction under article {a:jurisdiction} learns that one or more other States Parties are investigating, prosecuting or trying the same conduct, the competent authorities of the States Parties concerned shall consult one another, as appropriate, in order to coordinate their actions.
P In those consultations, the States Parties concerned shall consider, among other things, where the offence mainly took effect, where the victims and the evidence are located, the nationality and whereabouts of the alleged offender and the stage reached in each set of proceedings, with a view to determining the most suitable place for prosecution.
P The Conference of the States Parties may develop guidance, in consultation with States Parties, on the factors to be taken into account in determining the most suitable place for prosecution in cases involving several jurisdictions.
P The States Parties concerned may agree to transfer proceedings in accordance with article {a:transfer-proceedings}, to share evidence or to conduct joint investigations in accordance with article {a:joint-investigations}.
P Nothing in this article requires a State Party to refrain from exercising its jurisdiction or to disclose information that would prejudice its own proceedings.
P Where the States Parties concerned agree that proceedings should be concentrated in one of them, the others shall consider suspending or discontinuing their own proceedings for the same conduct, in accordance with their domestic law, and shall provide the State Party that continues the proceedings with the evidence and information in their possession.
P A final judgment in one State Party concerning the conduct of a person shall be taken into account by the other States Parties concerned, in accordance with their domestic law, in deciding whether to prosecute or sentence that person for the same conduct.
`,
    },
    edits: {
      6: [['shall consult one another, as appropriate, in order', 'shall consult one another[, as appropriate,] in order']],
      5: [['the nationality and whereabouts of the alleged offender and the stage reached in each set of proceedings', 'the nationality [and whereabouts] of the alleged offender [and the stage reached in each set of proceedings]']],
      4: [{ delBlock: 'Nothing in this article requires a State Party to refrain' },
        ['P The States Parties concerned may agree to transfer', 'P [The States Parties concerned may agree to transfer'],
        ['in accordance with article {a:joint-investigations}.', 'in accordance with article {a:joint-investigations}.]']],
    },
  },
];
