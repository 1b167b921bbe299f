// Chapter VI. Preventive measures
const AR = 'agreed ad referendum';
const IA = 'informally agreed';

export default [
  {
    key: 'prevention',
    title: { 2: 'Preventive measures', 4: 'Prevention' },
    status: { 4: 'under discussion', 5: IA, 6: AR },
    text: {
      7: `
P Each State Party shall seek, in accordance with the fundamental principles of its legal system, to develop and carry out effective and coordinated policies to reduce present and future opportunities for the commission of offences by means of information systems.
P Each State Party shall take appropriate measures, within its means, to involve service providers and other private entities, civil society, academic and research institutions and the general public in preventing the offences defined in this Convention.
P Each State Party shall consider strengthening the security of the information systems used by its public authorities, including through regular risk assessments, the timely application of security updates and the training of staff.
P Each State Party shall consider establishing procedures through which vulnerabilities in information systems can be reported and remedied in a coordinated manner, and shall consider protecting persons who report vulnerabilities in good faith from criminal or civil liability.
P Preventive measures may include:
a Building the capacity of national systems and services to prevent, detect and respond to attacks against information systems, including through computer emergency response teams;
a Developing and promoting standards, guidelines and good practices for the security of information systems, with particular attention to critical infrastructure;
a Encouraging service providers to take effective preventive measures, in accordance with domestic law, and to inform their users of risks and of how to report offences;
a Developing and evaluating programmes for the prevention of offences against children committed by means of information systems, including through cooperation with parents, schools and child protection services;
a Establishing or strengthening programmes for persons convicted of offences defined in this Convention, with a view to their rehabilitation and to preventing reoffending.
P Each State Party shall take appropriate measures to ensure that the public knows which authorities are responsible for preventing and combating the offences defined in this Convention and has access to them, including to report incidents, anonymously where appropriate.
P States Parties shall work with one another and with relevant international and regional organizations to promote and develop the measures referred to in this article.
P Each State Party shall consider reviewing its relevant legal and administrative framework periodically in order to determine whether it remains adequate to prevent the offences defined in this Convention, in the light of developments in technology.
`,
    },
    edits: {
      5: [
        ['with a view to their rehabilitation and to preventing reoffending.', 'with a view to their rehabilitation and to preventing reoffending;'],
        { insAfter: 'with a view to their rehabilitation', lines: 'a [Promoting the use of secure and privacy-protective technologies, including encryption, where consistent with domestic law.]' },
      ],
      4: [['anonymously where appropriate.', '[anonymously where appropriate].']],
      3: [
        ['Encouraging service providers to take effective preventive measures, in accordance with domestic law,', '[Encouraging] [Requiring] service providers to take effective preventive measures[, in accordance with domestic law,]'],
        { delBlock: 'persons convicted of offences defined in this Convention' },
        ['including through cooperation with parents, schools and child protection services;', 'including through cooperation with parents, schools and child protection services; and'],
        ['[Promoting the use of secure and privacy-protective technologies', '[Promoting the use of secure [and privacy-protective] technologies'],
      ],
      2: [['P Each State Party shall seek,', 'P Each State Party shall [seek] [endeavour],']],
    },
  },
  {
    key: 'private-sector',
    title: { 2: 'Cooperation with the private sector' },
    text: {
      3: `
P [Each State Party shall take measures, in accordance with its domestic law, to involve the private sector, in particular service providers, in preventing the offences defined in this Convention, and to encourage it to report such offences to the competent authorities.]
P [Service providers in the territory of a State Party shall be required to [cooperate with] [assist] its competent authorities in the detection and investigation of such offences, including by retaining traffic data for [a period of at least twelve months] [a reasonable period].]
P [Each State Party shall consider establishing [public-private partnerships] [mechanisms for the exchange of information] with the private sector to prevent and combat such offences.]
`,
    },
    edits: {
      2: [{ delBlock: 'Each State Party shall consider establishing [public-private partnerships]' }],
    },
  },
  {
    key: 'awareness',
    title: { 2: 'Public awareness', 3: 'Public awareness and education' },
    status: { 4: IA, 5: AR, 6: AR },
    text: {
      7: `
P Each State Party shall, as appropriate, carry out or support public information campaigns and educational programmes to raise awareness of the risks posed by offences committed by means of information systems and of how to avoid becoming a victim.
P Such campaigns and programmes shall give particular attention to children, young people, older persons and other groups at higher risk, and shall be accessible to persons with disabilities.
P Each State Party shall consider integrating digital safety and responsible conduct online into school curricula and into the training of teachers.
P Each State Party shall consider cooperating with other States Parties, with international and regional organizations and with the private sector in developing awareness-raising materials, in the languages used in its territory, and in sharing them widely.
P Each State Party shall encourage the media, service providers and civil society to contribute to the awareness-raising efforts referred to in this article.
P Each State Party shall consider publishing, at regular intervals, information on the offences reported in its territory and on the measures taken to prevent them, in a form that does not identify victims.
P Each State Party shall consider cooperating with service providers so that users are informed, in clear and accessible language, of how to protect their information systems, accounts and data and of where to seek help if they fall victim to an offence.
`,
    },
    edits: {
      3: [['and shall be accessible to persons with disabilities.', '[and shall be accessible to persons with disabilities].']],
      2: [{ delBlock: 'integrating digital safety and responsible conduct online' }],
    },
  },
];
