// Chapter VIII. Mechanism of implementation
const AR = 'agreed ad referendum';
const IA = 'informally agreed';

export default [
  {
    key: 'conference',
    title: { 2: 'Conference of the States Parties to the Convention' },
    status: { 4: 'under discussion', 5: 'pending', 6: IA },
    text: {
      7: `
P A Conference of the States Parties to this Convention is established to strengthen the capacity of States Parties to prevent and combat the offences defined in this Convention, to foster cooperation among them and to promote this Convention's implementation and keep it under review.
P The first session of the Conference of the States Parties shall be convened by the Secretary-General of the United Nations not later than one year after the entry into force of this Convention. The Conference shall adopt its rules of procedure and the rules for the activities described in this article, including rules on the payment of the expenses incurred in carrying out those activities.
P The Conference of the States Parties shall decide on the activities, procedures and working methods needed to meet the objectives set out in paragraph 1 of this article, including:
a Facilitating the activities of States Parties under articles {a:technical-assistance} to {a:development}, including by encouraging the mobilization of voluntary contributions;
a Helping States Parties to share information on patterns and trends in offences committed by means of information systems and on successful practices for preventing and combating them;
a Working with relevant international, regional and non-governmental organizations;
a Reviewing periodically the implementation of this Convention by States Parties;
a Making recommendations to improve this Convention and its implementation, including on technical assistance;
a Considering the adoption of protocols in accordance with article {a:protocols}.
P For those purposes, the Conference of the States Parties shall acquire the knowledge it needs of the measures taken by States Parties to implement this Convention and of the difficulties they have encountered, through the information that they provide and through any additional review mechanisms that it may establish.
P As the Conference of the States Parties may require, each State Party shall inform it of its programmes, plans and practices and of the laws and administrative measures by which it implements this Convention.
P The Conference of the States Parties may establish and administer such subsidiary bodies as it considers necessary. It shall provide for the participation of relevant non-governmental organizations, civil society, academic institutions and the private sector, in accordance with its rules of procedure.
P The Conference of the States Parties shall hold regular sessions at intervals that it decides, and may hold special sessions at the request of a State Party supported by at least one third of the States Parties.
P The Conference of the States Parties shall establish, within two years of its first session, a mechanism for reviewing the implementation of this Convention that is transparent, efficient, non-intrusive, inclusive and impartial, and shall decide on its terms of reference and on the manner of its funding.
P The Conference of the States Parties shall consider, as appropriate, how developments in information and communications technologies affect the implementation of this Convention, and may make recommendations to States Parties in that regard.
`,
    },
    edits: {
      6: [
        ['Considering the adoption of protocols in accordance with article {a:protocols}.', 'Considering the adoption of protocols to this Convention.'],
        ['It shall provide for the participation of relevant non-governmental organizations,', 'It shall [provide for] [consider] the participation of relevant non-governmental organizations,'],
      ],
      5: [['Considering the adoption of protocols to this Convention.', '[Considering the adoption of protocols to this Convention.]']],
      4: [
        ['not later than one year after the entry into force', 'not later than [one year] [two years] after the entry into force'],
        ['through any additional review mechanisms that it may establish.', '[through any additional review mechanisms that it may establish].'],
      ],
      3: [
        ['Making recommendations to improve this Convention and its implementation, including on technical assistance;', 'Making recommendations to improve this Convention and its implementation[, including on technical assistance];'],
      ],
      2: [['civil society, academic institutions and the private sector,', '[civil society, academic institutions and the private sector,]']],
    },
  },
  {
    key: 'secretariat',
    title: { 2: 'Secretariat' },
    status: { 4: AR, 5: AR, 6: AR },
    text: {
      7: `
P The Conference of the States Parties shall receive the secretariat services it needs from the Secretary-General of the United Nations.
P The secretariat shall:
a Help the Conference of the States Parties to carry out the activities referred to in article {a:conference}, and arrange and service its sessions;
a Help States Parties, on request, to give the Conference of the States Parties the information referred to in article {a:conference}, paragraph 5;
a Coordinate as needed with the secretariats of relevant international and regional organizations; and
a Maintain the registers of authorities and points of contact notified under this Convention and make them available to States Parties.
P The secretariat shall prepare, for each session of the Conference of the States Parties, a report on the implementation of this Convention based on the information provided by States Parties, and shall make it available to them well in advance of the session.
P The expenses of the Conference of the States Parties and of the secretariat in carrying out their functions under this Convention shall be met from the regular budget of the United Nations and from voluntary contributions, as the General Assembly may decide.
P The secretariat shall, within available resources, maintain an online repository of the laws, regulations, guidance and practices communicated by States Parties under this Convention, with a view to facilitating international cooperation.
`,
    },
    edits: {
      3: [['Coordinate as needed with the secretariats of relevant international and regional organizations; and', 'Coordinate as needed with the secretariats of relevant international and regional organizations.'], { delBlock: 'Maintain the registers of authorities' }],
    },
  },
];
