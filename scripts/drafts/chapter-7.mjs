// Chapter VII. Technical assistance and information exchange
const AR = 'agreed ad referendum';
const IA = 'informally agreed';

export default [
  {
    key: 'technical-assistance',
    title: { 2: 'Technical assistance', 5: 'Technical assistance and capacity-building' },
    status: { 4: 'pending', 5: 'under discussion', 6: IA },
    notes: { 'ta-1': 'Paragraph 3 reproduces paragraph 1 of the former article on training, which has been merged into this article.' },
    text: {
      7: `
P States Parties shall, according to their capacities, provide one another with the widest possible technical assistance and capacity-building, in particular for the benefit of developing countries, to help them implement this Convention, including through material support, training, mentoring, the exchange of experience and specialized knowledge and, on mutually agreed terms, the transfer of technology.
P Technical assistance and capacity-building may cover, in particular:
a Methods and techniques for the prevention, detection, investigation and prosecution of the offences defined in this Convention;
a The collection, preservation, analysis and sharing of electronic evidence, including the chain of custody and forensic analysis;
a The drafting of legislation and the development of policies to implement this Convention;
a The making and execution of requests for mutual legal assistance and extradition, and the operation of the network referred to in article {a:network-24-7};
a The protection of human rights and of personal data in the application of this Convention;
a The assistance and protection of victims and witnesses;
a The tracing, freezing, seizure, confiscation and return of proceeds of crime.
P Each State Party shall, where needed, set up or improve training programmes for the staff who prevent and combat the offences defined in this Convention, including prosecutors, judges, investigators and staff of the points of contact.
P As far as they can, and in coordination with one another and with international and regional organizations, States Parties shall take concrete steps to give developing countries more financial and material help in implementing this Convention.
P Technical assistance and capacity-building shall respond to the needs and priorities identified by the receiving States, shall be sustainable and gender-responsive, and shall take into account the particular challenges faced by the least developed countries.
P States Parties shall consider concluding bilateral or multilateral agreements or arrangements on technical assistance and on the exchange of specialized staff, and may seek the help of the secretariat referred to in article {a:secretariat} in identifying needs and matching them with offers of assistance.
P Technical assistance may be provided through bilateral, regional or multilateral channels, including through the United Nations system, and States Parties shall coordinate their activities in order to avoid duplication and to make the best use of the resources available.
`,
    },
    edits: {
      6: [['on mutually agreed terms, the transfer of technology.', '[on mutually agreed terms,] the transfer of technology.']],
      5: [
        ['shall be sustainable and gender-responsive,', 'shall be sustainable [and gender-responsive],'],
        ['including prosecutors, judges, investigators and staff of the points of contact.', 'including prosecutors, judges, investigators and staff of the points of contact.[^ta-1]'],
      ],
      4: [
        { delBlock: 'set up or improve training programmes for the staff' },
        ['The protection of human rights and of personal data in the application of this Convention;', '[The protection of human rights and of personal data in the application of this Convention;]'],
        ['the widest possible technical assistance and capacity-building,', 'the widest possible technical assistance[ and capacity-building],'],
      ],
      3: [
        { delBlock: 'shall respond to the needs and priorities identified by the receiving States' },
        ['[on mutually agreed terms,] the transfer of technology.', '[on mutually agreed terms,] [on preferential terms,] the transfer of technology.'],
      ],
      2: [['The assistance and protection of victims and witnesses;', '[The assistance and protection of victims and witnesses;]']],
    },
  },
  {
    key: 'training',
    title: { 2: 'Training' },
    status: { 4: AR },
    text: {
      4: `
P Each State Party shall, where needed, set up or improve training programmes for the staff who prevent and combat the offences defined in this Convention, including prosecutors, judges, investigators and staff of the points of contact.
P Such programmes may include secondments and exchanges of staff and shall, where appropriate, be developed in cooperation with the private sector and academia.
P States Parties shall assist one another in planning and carrying out research and training programmes through which they share expertise in the areas referred to in article {a:technical-assistance}, paragraph 2.
`,
    },
    edits: {
      3: [['including prosecutors, judges, investigators and staff of the points of contact.', '[including prosecutors, judges, investigators and staff of the points of contact].'],
        ['P Such programmes may include', 'P [Such programmes may include'], ['with the private sector and academia.', 'with the private sector and academia.]']],
    },
  },
  {
    key: 'information-collection',
    title: { 2: 'Collection, exchange and analysis of information' },
    status: { 4: AR, 5: AR, 6: AR },
    kind: { 4: 'editorial' },
    text: {
      7: `
P Each State Party shall consider analysing, in consultation with relevant experts, including from the scientific and academic community, trends in its territory in offences committed by means of information systems, the circumstances in which such offences are committed and the technologies used.
P States Parties shall consider developing and sharing with one another, and through international and regional organizations, statistics, analytical expertise and information concerning such offences, so as to arrive, where possible, at common definitions, standards and methods.
P Each State Party shall consider monitoring its policies and practical measures to prevent and combat such offences and assessing their effectiveness and efficiency.
P States Parties shall consider making available to the Conference of the States Parties, in anonymized and aggregated form, information on the requests for international cooperation that they have sent and received under this Convention and on the time taken to execute them.
P States Parties shall consider exchanging information on legislative, policy and technological developments relating to offences committed by means of information systems and to the collection of evidence in electronic form.
P Each State Party shall consider establishing a national repository of statistics on offences committed by means of information systems, broken down, where possible, by type of offence, by the sex and age of victims and offenders and by the outcome of proceedings.
P Information exchanged under this article that contains personal data shall be subject to article {a:personal-data}.
`,
    },
    edits: {
      3: [['sharing with one another, and through international and regional organizations, statistics', 'sharing with one another and through international and regional organizations statistics']],
      2: [['including from the scientific and academic community,', '[including from the scientific and academic community,]']],
    },
  },
  {
    key: 'development',
    title: { 2: 'Implementation of the Convention through economic development and technical assistance', 4: 'Capacity-building through economic development' },
    status: { 5: IA, 6: AR },
    text: {
      7: `
P States Parties shall contribute, to the extent possible and through international cooperation, to the full implementation of this Convention, bearing in mind the harm that offences committed by means of information systems cause to societies in general and to sustainable development in particular.
P States Parties shall make concrete efforts, in coordination with one another and with international and regional organizations:
a To strengthen their cooperation at all levels with developing countries, with a view to enhancing the capacity of those countries to prevent and combat such offences;
a To increase financial and material assistance to developing countries to support their efforts to implement this Convention;
a To make voluntary contributions to an account designated for that purpose within a United Nations funding mechanism, administered by the secretariat referred to in article {a:secretariat}, from which developing countries and countries with economies in transition receive technical assistance;
a To encourage other States and financial institutions to join them in those efforts.
P In giving effect to paragraph 2 of this article, States Parties shall give particular attention to projects that build lasting institutional capacity in developing countries, including national computer emergency response teams, specialized investigative units and forensic laboratories.
P States Parties may also consider contributing to the account referred to in paragraph 2 of this article a percentage of the money, or of the value of the proceeds of crime or property, confiscated in accordance with this Convention.
P As far as possible, these measures shall not affect existing foreign assistance commitments or other financial cooperation between States, whether bilateral, regional or international.
P States Parties shall report to the Conference of the States Parties on the contributions made and the projects funded under paragraph 2 of this article, so that the Conference can assess how far the needs of developing countries are being met.
`,
    },
    edits: {
      5: [['a percentage of the money, or of the value of the proceeds of crime or property,', '[a percentage of] the money, or [of] the value of the proceeds of crime or property,']],
      3: [
        ['To make voluntary contributions to an account', '[To make voluntary contributions to an account'],
        ['countries with economies in transition receive technical assistance;', 'countries with economies in transition receive technical assistance;]'],
      ],
    },
  },
];
