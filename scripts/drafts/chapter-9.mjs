// Chapter IX. Final provisions (and the article on relations with other instruments, which
// starts in chapter I and moves here at the third session)
const AR = 'agreed ad referendum';
const IA = 'informally agreed';

export default [
  {
    key: 'implementation',
    title: { 2: 'Implementation of the Convention' },
    status: { 4: IA, 5: AR, 6: AR },
    text: {
      7: `
P Each State Party shall adopt the laws, administrative rules and other measures it needs, consistent with the fundamental principles of its domestic law, to meet its obligations under this Convention.
P Each State Party may adopt measures that go further than this Convention in preventing and combating the offences defined in it, provided that those measures are consistent with its obligations under international law, including international human rights law.
P Within two years of becoming a party, each State Party shall report to the Secretary-General of the United Nations on the measures it has taken to implement this Convention, and shall update that information as the Conference of the States Parties may decide.
P Each State Party shall designate one or more national authorities responsible for coordinating the implementation of this Convention and shall tell the Secretary-General of the United Nations which authorities it has designated.
P In implementing this Convention, each State Party shall give due regard to the principles of legality, necessity and proportionality, and to the need to avoid imposing unnecessary burdens on individuals, service providers and other private entities.
`,
    },
    edits: {
      4: [['Within two years of becoming a party,', 'Within [two] years of becoming a party,']],
      3: [['provided that those measures are consistent with its obligations under international law, including international human rights law.', 'provided that those measures are consistent with its obligations under international law[, including international human rights law].']],
      2: [{ delBlock: 'Within [two] years of becoming a party' }],
    },
  },
  {
    key: 'relation-instruments',
    title: { 1: 'Relation with other international agreements', 3: 'Effects of the Convention' },
    status: { 4: 'pending', 5: IA, 6: AR },
    text: {
      7: `
P This Convention does not affect the rights and obligations of States Parties under other international instruments to which they are parties.
P Where a State Party is also a party to another instrument that provides for broader cooperation on the matters dealt with in this Convention, nothing in this Convention shall be read as limiting that cooperation.
P Two or more States Parties may conclude agreements or arrangements with each other on the matters dealt with in this Convention, in order to supplement or strengthen its provisions or to facilitate the application of the principles embodied in it.
P Where two or more States Parties already have a treaty or agreement on the matters dealt with in this Convention, or have settled their relations on those matters in some other way, they may apply that treaty or agreement, or conduct those relations accordingly, instead of this Convention, provided that doing so facilitates international cooperation.
P This Convention does not affect other rights, obligations and responsibilities of States Parties under international law.
P States Parties that are members of a regional economic integration organization may, in their mutual relations, apply the rules of that organization on the matters governed by this Convention, without prejudice to its object and purpose and to its full application with other States Parties.
`,
    },
    edits: {
      5: [['provided that doing so facilitates international cooperation.', '[provided that doing so facilitates international cooperation] [provided that doing so is consistent with the objectives and principles of this Convention].']],
      2: [
        { delBlock: 'This Convention does not affect other rights, obligations and responsibilities' },
        ['in order to supplement or strengthen its provisions or to facilitate the application of the principles embodied in it.', 'in order to supplement or strengthen its provisions[ or to facilitate the application of the principles embodied in it].'],
      ],
      1: [['P Two or more States Parties may conclude', 'P [Two or more States Parties may conclude'], ['[ or to facilitate the application of the principles embodied in it].', '[ or to facilitate the application of the principles embodied in it].]']],
    },
  },
  {
    key: 'protocols',
    title: { 7: 'Relation with protocols' },
    text: {
      7: `
P One or more protocols may supplement this Convention; the Conference of the States Parties may negotiate and adopt them.
P Only a State or a regional economic integration organization that is a party to this Convention may become a party to a protocol.
P A protocol shall enter into force in accordance with its own provisions, which may set a number of ratifications different from that required for the entry into force of this Convention.
P A State Party to this Convention is bound by a protocol only if it becomes a party to that protocol in accordance with its provisions.
P Each protocol shall be interpreted together with this Convention, in the light of the purpose of that protocol.
P The provisions of this Convention shall apply, with the necessary changes, to each protocol, unless the protocol provides otherwise.
`,
    },
  },
  {
    key: 'settlement',
    title: { 2: 'Settlement of disputes' },
    status: { 4: IA, 5: AR, 6: AR },
    text: {
      7: `
P States Parties shall try to resolve, by negotiation or other peaceful means they choose, any dispute between them over how this Convention is to be interpreted or applied.
P A dispute between two or more States Parties about the interpretation or application of this Convention that they cannot settle by negotiation within a reasonable time shall be submitted to arbitration at the request of any of them. If, six months after arbitration was requested, they have not agreed on how it is to be organized, any of them may bring the dispute before the International Court of Justice by application under the Statute of the Court.
P When signing, ratifying, accepting, approving or acceding to this Convention, a State Party may declare that paragraph 2 of this article does not bind it. In that case, paragraph 2 does not bind the other States Parties towards that State Party either.
P A State Party that has made a declaration under paragraph 3 of this article may withdraw it at any time by notifying the Secretary-General of the United Nations.
P The settlement of disputes under this article shall be without prejudice to the continued cooperation of the States Parties concerned under this Convention in matters that are not the subject of the dispute.
`,
    },
    edits: {
      3: [['shall be submitted to arbitration at the request of any of them.', 'shall[, at the request of any of them,] be submitted to [arbitration] [the International Court of Justice].']],
    },
  },
  {
    key: 'signature',
    title: { 2: 'Signature, ratification, acceptance, approval and accession' },
    status: { 4: AR, 5: AR, 6: AR },
    kind: { 7: 'substantive' },
    text: {
      7: `
P This Convention shall be open for signature by all States at United Nations Headquarters in New York from 1 March 2025 until 28 February 2027.
P Regional economic integration organizations may also sign it, as long as one or more of their member States have signed it.
P Signatory States and regional economic integration organizations may ratify, accept or approve this Convention by depositing an instrument to that effect with the Secretary-General of the United Nations. An organization of that kind may deposit its instrument once one or more of its member States have deposited theirs; in its instrument it shall state how far its competence extends over the matters governed by this Convention, and it shall notify the depositary of any later change in that competence.
P Any State may accede to this Convention, and so may any regional economic integration organization with at least one member State that is a party to it. A State or organization accedes by depositing an instrument of accession with the Secretary-General of the United Nations, and an acceding regional economic integration organization shall state in its instrument the extent of its competence, as provided in paragraph 3 of this article.
P For the purposes of this Convention, "regional economic integration organization" means an organization set up by sovereign States of one region, to which those States have handed competence over matters governed by this Convention; what this Convention says of States Parties applies to such an organization as far as its competence goes.
P Within its competence, a regional economic integration organization shall vote under this Convention with as many votes as it has member States that are parties to this Convention, as provided in article {a:amendment}.
`,
    },
    edits: {
      6: [['at United Nations Headquarters in New York from 1 March 2025 until 28 February 2027.', '[at a place and on a date to be decided by the General Assembly], and thereafter at United Nations Headquarters in New York [for a period of two years].']],
      2: [{ delBlock: '"regional economic integration organization" means' }],
    },
  },
  {
    key: 'entry-into-force',
    title: { 2: 'Entry into force' },
    status: { 4: AR, 5: AR, 6: AR },
    text: {
      7: `
P This Convention enters into force on the ninetieth day after the fortieth instrument of ratification, acceptance, approval or accession is deposited. Instruments deposited by a regional economic integration organization do not count in addition to those of its member States.
P For a State or regional economic integration organization that ratifies, accepts, approves or accedes to this Convention after the fortieth instrument has been deposited, the Convention takes effect thirty days after that State or organization deposits its instrument, or when it enters into force under paragraph 1 of this article, whichever is later.
P Any State or regional economic integration organization may, when depositing its instrument, declare that it will apply this Convention provisionally pending its entry into force for that State or organization.
P For the purposes of this article, an instrument of ratification, acceptance, approval or accession shall be considered deposited on the date on which the Secretary-General of the United Nations receives it, and the depositary shall notify all States of that date.
`,
    },
    edits: {
      3: [
        ['on the ninetieth day after the fortieth instrument', 'on the ninetieth day after the [thirtieth] [fortieth] [sixtieth] instrument'],
        ['after the fortieth instrument has been deposited,', 'after the [thirtieth] [fortieth] [sixtieth] instrument has been deposited,'],
      ],
    },
  },
  {
    key: 'amendment',
    title: { 2: 'Amendment' },
    status: { 5: IA, 6: AR },
    text: {
      7: `
P Once five years have passed since this Convention entered into force, any State Party may propose an amendment and send it to the Secretary-General of the United Nations. The Secretary-General shall circulate the proposal to the States Parties and refer it to the Conference of the States Parties, which shall consider it and decide on it. The Conference shall do all it can to agree on each amendment by consensus. Where it cannot, the amendment is adopted if two thirds of the States Parties present and voting at the Conference support it.
P Within its competence, a regional economic integration organization has as many votes under this article as it has member States that are parties to this Convention. It shall not vote if any of its member States votes, and the reverse.
P An amendment adopted under paragraph 1 of this article needs the ratification, acceptance or approval of each State Party that is to be bound by it.
P An amendment shall enter into force for a State Party ninety days after it deposits with the Secretary-General of the United Nations its instrument of ratification, acceptance or approval of the amendment.
P An amendment in force binds only the States Parties that have consented to be bound by it. For every other State Party, this Convention continues to apply as it stood, together with the earlier amendments that State Party has ratified, accepted or approved.
P The secretariat shall circulate the text of any proposed amendment to all States Parties at least six months before the session of the Conference of the States Parties at which it is to be considered.
`,
    },
    edits: {
      4: [['adopted if two thirds of the States Parties', 'adopted if [two thirds] [three quarters] of the States Parties'], ['Once five years have passed', 'Once [five] [three] years have passed']],
    },
  },
  {
    key: 'denunciation',
    title: { 2: 'Denunciation' },
    status: { 4: AR, 5: AR, 6: AR },
    text: {
      7: `
P A State Party may denounce this Convention by notifying the Secretary-General of the United Nations in writing. The denunciation shall take effect one year after the Secretary-General receives the notification.
P A regional economic integration organization is no longer a party to this Convention once every one of its member States has denounced it.
P Denunciation shall not affect the obligations of a State Party under any protocol to which it is a party, save that a State Party that ceases to be a party to this Convention shall also cease to be a party to every protocol to it.
P Requests for extradition or mutual legal assistance received before a denunciation takes effect shall continue to be dealt with in accordance with this Convention.
P A State Party that has denounced this Convention shall remain bound by the conditions of confidentiality and of limited use that attach to information and evidence that it received under this Convention before the denunciation took effect.
`,
    },
    edits: {
      3: [{ delBlock: 'received before a denunciation takes effect' }],
    },
  },
  {
    key: 'reservations',
    title: { 2: 'Reservations' },
    status: { 4: 'pending', 5: 'under discussion' },
    notes: { 'res-1': 'To be considered together with the articles that allow States Parties to limit their obligations, such as articles {a:misuse-devices} and {a:proc-scope}.' },
    text: {
      5: `
P [Option 1: No reservations may be made to this Convention[ except those expressly provided for in it].] [Option 2: A State Party may, at the time of signature or ratification, make reservations to this Convention, provided that they are not incompatible with its object and purpose.][^res-1]
P [A State Party may withdraw its reservation at any time by notifying the Secretary-General of the United Nations.]
`,
    },
    edits: {
      3: [['[^res-1]', '']],
    },
  },
  {
    key: 'depositary',
    title: { 2: 'Depositary' },
    status: { 4: AR, 5: AR, 6: AR },
    text: {
      6: `
P The depositary of this Convention is the Secretary-General of the United Nations.
P The depositary shall inform all States and regional economic integration organizations of signatures, of the deposit of instruments, of the dates of entry into force of this Convention and of amendments to it, and of notifications and declarations made under it.
P The depositary shall register this Convention with the Secretariat of the United Nations in accordance with Article 102 of the Charter of the United Nations, and shall transmit certified copies of it to all States and regional economic integration organizations entitled to become parties to it.
`,
    },
  },
  {
    key: 'languages',
    title: { 2: 'Authentic texts' },
    status: { 4: AR, 5: AR, 6: AR },
    text: {
      6: `
P This Convention is done in Arabic, Chinese, English, French, Russian and Spanish, each version being equally authentic, in a single original kept by the depositary.
U In witness whereof the undersigned, authorized by their Governments to do so, have signed this Convention.
`,
    },
  },
  {
    key: 'depositary-languages',
    title: { 7: 'Depositary and languages' },
    text: {
      7: `
P The depositary of this Convention is the Secretary-General of the United Nations.
P The depositary shall inform all States and regional economic integration organizations of signatures, of the deposit of instruments, of the dates of entry into force of this Convention and of amendments to it, and of notifications and declarations made under it.
P The depositary shall register this Convention with the Secretariat of the United Nations in accordance with Article 102 of the Charter of the United Nations, and shall transmit certified copies of it to all States and regional economic integration organizations entitled to become parties to it.
P This Convention is done in Arabic, Chinese, English, French, Russian and Spanish, each version being equally authentic, in a single original kept by the depositary.
U In witness whereof the undersigned, authorized by their Governments to do so, have signed this Convention.
`,
    },
  },
];
