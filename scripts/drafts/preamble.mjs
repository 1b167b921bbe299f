// Preamble of the demo convention. `text` maps the first session of a wording to the wording;
// `sessions` lists where the paragraph appears. Paragraphs are numbered (1), (2) … up to
// session `numberedUntil` and unnumbered afterwards.

const ALL = [1, 2, 3, 4, 5, 6, 7];
const from = (n) => ALL.filter((s) => s >= n);
const until = (n) => ALL.filter((s) => s <= n);

export const PREAMBLE = {
  opening: 'The States Parties to this Convention,',
  closing: 'Have agreed as follows:',
  numberedUntil: 4,
  paragraphs: [
    {
      key: 'purposes-charter', sessions: ALL,
      text: {
        1: 'Bearing in mind the purposes and principles of the Charter of the United Nations, [in particular the sovereign equality of States and non-interference in their internal affairs,]',
        4: 'Bearing in mind the purposes and principles of the Charter of the United Nations,',
      },
    },
    {
      key: 'speed', sessions: ALL,
      text: {
        1: 'Noting that information and communications technologies, while offering great opportunities for the development of societies, [are increasingly] [may also be] exploited by offenders to commit crimes on a scale and at a speed not previously seen,',
        3: 'Noting that information and communications technologies, while offering great opportunities for the development of societies, are increasingly exploited by offenders to commit crimes on a scale and at a speed not previously seen,',
        6: 'Noting that information and communications technologies, while offering great opportunities for the development of societies, are increasingly exploited by offenders to commit crimes on a scale and at a speed not seen before,',
      },
    },
    {
      key: 'borders', sessions: ALL,
      text: {
        1: 'Concerned that offences committed through information systems disregard national borders, and that evidence of them is volatile, stored in many places and easily lost,',
      },
    },
    {
      key: 'developing', sessions: ALL,
      text: {
        1: 'Recognizing that many States, in particular developing countries, lack the resources and expertise needed to prevent, investigate and prosecute such offences [and that the gap between States in this respect is widening],',
        5: 'Recognizing that many States, in particular developing countries, lack the resources and expertise needed to prevent, investigate and prosecute such offences, and that the gap between States in this respect is widening,',
      },
    },
    {
      key: 'organized', sessions: until(3),
      text: {
        1: '[Alarmed by the growing links between offences committed through information systems and transnational organized crime, terrorism [and extremism],]',
      },
    },
    {
      key: 'cooperation', sessions: ALL,
      text: {
        1: 'Convinced that an effective response requires [timely,] broad and practical international cooperation, including among law enforcement authorities, and the exchange of [information and] good practices,',
        4: 'Convinced that an effective response requires timely, broad and practical international cooperation, including among law enforcement authorities, and the exchange of information and good practices,',
      },
    },
    {
      key: 'human-rights', sessions: from(2),
      text: {
        2: '[Reaffirming that the same rights that people have offline must also be protected online, and that measures taken under this Convention must respect human rights and fundamental freedoms, including [the right to privacy and] freedom of expression,]',
        4: 'Reaffirming that measures taken under this Convention must respect human rights and fundamental freedoms, including [the right to privacy and] freedom of expression,',
        5: 'Reaffirming that measures taken under this Convention must respect human rights and fundamental freedoms, including the right to privacy and freedom of expression,',
      },
    },
    {
      key: 'children', sessions: from(3),
      text: {
        3: 'Mindful of the particular harm done to children [and other vulnerable persons] through the misuse of information and communications technologies,',
        6: 'Mindful of the particular harm done to children through the misuse of information and communications technologies,',
      },
    },
    {
      key: 'private-sector', sessions: ALL,
      text: {
        1: 'Acknowledging the role of [the private sector] [service providers], civil society, academia and individuals in preventing and detecting such offences,',
        4: 'Acknowledging the role of service providers, the private sector, civil society, academia and individuals in preventing and detecting such offences,',
      },
    },
    {
      key: 'victims', sessions: from(4),
      text: {
        4: '[Determined to ensure that victims receive protection, assistance and, where appropriate, compensation,]',
        5: 'Determined to ensure that victims receive protection, assistance and, where appropriate, compensation,',
      },
    },
    {
      key: 'existing', sessions: ALL,
      text: {
        1: 'Taking note of the existing [regional and] international instruments in this field, [and convinced that a universal instrument is needed] [without prejudice to them],',
        3: 'Taking note of the existing regional and international instruments in this field, [and convinced that a universal instrument is needed] [without prejudice to them],',
        5: 'Taking note of the existing regional and international instruments in this field, and convinced that a universal instrument is needed to complement them,',
      },
    },
    {
      key: 'evidence', sessions: from(3),
      text: {
        3: 'Considering that the borderless nature of these offences calls for rules that enable evidence to be obtained quickly wherever it is held, [while respecting the sovereignty of every State,]',
        5: 'Considering that the borderless nature of these offences calls for rules that enable evidence to be obtained quickly wherever it is held, while respecting the sovereignty of every State,',
      },
    },
    {
      key: 'gender', sessions: from(4),
      text: {
        4: '[Recalling the importance of gender equality and of taking into account the different ways in which women and girls, men and boys are affected by such offences,]',
        6: 'Recalling the importance of gender equality and of taking into account the different ways in which women and girls, men and boys are affected by such offences,',
      },
    },
    {
      key: 'free-flow', sessions: from(2),
      text: {
        2: 'Aware that measures to prevent and combat such offences must not impede [the free flow of information or] the legitimate use of information and communications technologies for development, commerce, research and the exercise of human rights,',
        6: 'Aware that measures to prevent and combat such offences must not impede the free flow of information or the legitimate use of information and communications technologies for development, commerce, research and the exercise of human rights,',
      },
    },
    {
      key: 'rule-of-law', sessions: ALL,
      text: {
        1: 'Emphasizing that the rule of law, [good governance] and accountable institutions are essential to preventing and combating such offences and to maintaining public trust in information and communications technologies,',
        5: 'Emphasizing that the rule of law and accountable institutions are essential to preventing and combating such offences and to maintaining public trust in information and communications technologies,',
      },
    },
    {
      key: 'preventing', sessions: from(2),
      text: {
        2: 'Determined to deny safe havens to those who commit offences through information systems, by prosecuting them wherever they are and by cooperating with one another at every stage,',
      },
    },
  ],
};
