import { formatDate, listIn, type SourceLang } from './syntheticNames.ts';

/**
 * The sentences synthetic sources are made of, in Thai, English and Chinese. Every argument is
 * already printed in the sentence's language; the citations quote these sentences whole.
 */
export const sentences = {
  agencyIntro: (lang: SourceLang, agency: string, acronym: string, type: string, year: number) =>
    lang === 'th'
      ? `${agency} (${acronym}) เป็น${type} ก่อตั้งเมื่อปี ${year + 543}`
      : lang === 'zh'
        ? `${agency}（${acronym}）是成立于${year}年的${type}。`
        : `${agency} (${acronym}) is a ${type} founded in ${year}.`,
  partOf: (lang: SourceLang, agency: string, parent: string) =>
    lang === 'th'
      ? `${agency} เป็นหน่วยงานในสังกัด${parent}`
      : lang === 'zh'
        ? `${agency}隶属于${parent}。`
        : `${agency} is part of ${parent}.`,
  basedIn: (lang: SourceLang, agency: string, place: string) =>
    lang === 'th' ? `${agency} ตั้งอยู่ที่${place}` : lang === 'zh' ? `${agency}位于${place}。` : `${agency} is based in ${place}.`,
  position: (lang: SourceLang, person: string, title: string, agency: string, start: string, end: string | undefined) => {
    const [s, e] = [formatDate(start, lang), end && formatDate(end, lang)];
    if (lang === 'th') return `${person} ดำรงตำแหน่ง${title} ${agency} ตั้งแต่ ${s}${e ? ` ถึง ${e}` : ''}`;
    if (lang === 'zh') return `${person}自${s}${e ? `至${e}` : '起'}任${agency}${title}。`;
    return `${person} served as ${title} of ${agency} from ${s}${e ? ` to ${e}` : ''}.`;
  },
  place: (lang: SourceLang, place: string, type: string, parent: string) =>
    lang === 'th'
      ? `${place} เป็น${type}ใน${parent}`
      : lang === 'zh'
        ? `${place}是${parent}的${type}。`
        : `${place} is a ${type} in ${parent}.`,
  country: (lang: SourceLang, country: string) =>
    lang === 'th' ? `${country} เป็นประเทศ` : lang === 'zh' ? `${country}是一个国家。` : `${country} is a country.`,
  site: (lang: SourceLang, site: string, place: string, operator: string | undefined) =>
    lang === 'th'
      ? `${site} ตั้งอยู่ใน${place}${operator ? ` ดำเนินการโดย${operator}` : ''}`
      : lang === 'zh'
        ? `${site}位于${place}${operator ? `，由${operator}运营` : ''}。`
        : `${site} is located in ${place}${operator ? ` and operated by ${operator}` : ''}.`,
  topic: (th: string, en: string, zh: string) => `${en} (${th}; ${zh}) is a subject of Thai–Chinese cooperation.`,
  committee: (lang: SourceLang, committee: string, year: number, parties: readonly string[]) =>
    lang === 'th'
      ? `${committee} จัดตั้งขึ้นในปี ${year + 543} โดย ${listIn(parties, lang)}`
      : lang === 'zh'
        ? `${committee}由${listIn(parties, lang)}于${year}年设立。`
        : `The ${committee} was established in ${year} by ${listIn(parties, lang)}.`,
  program: (lang: SourceLang, program: string, operator: string, topics: readonly string[], participants: readonly string[]) =>
    lang === 'th'
      ? `${program} ดำเนินการโดย${operator} มุ่งเน้น${listIn(topics, lang)} ผู้เข้าร่วม ได้แก่ ${listIn(participants, lang)}`
      : lang === 'zh'
        ? `${program}由${operator}运营，聚焦${listIn(topics, lang)}，参与方包括${listIn(participants, lang)}。`
        : `The ${program} is run by ${operator}, focuses on ${listIn(topics, lang)} and includes ${listIn(participants, lang)}.`,
  meetingHeld: (lang: SourceLang, ordinal: number, committee: string, start: string, end: string, venue: string) =>
    lang === 'th'
      ? `การประชุม${committee} ครั้งที่ ${ordinal} จัดขึ้นระหว่างวันที่ ${formatDate(start, lang)} ถึง ${formatDate(end, lang)} ณ ${venue}`
      : lang === 'zh'
        ? `${committee}第${ordinal}次会议于${formatDate(start, lang)}至${formatDate(end, lang)}在${venue}举行。`
        : `Meeting no. ${ordinal} of the ${committee} was held from ${formatDate(start, lang)} to ${formatDate(end, lang)} at ${venue}.`,
  chaired: (lang: SourceLang, chairs: readonly string[]) =>
    lang === 'th'
      ? `โดยมี ${listIn(chairs, lang)} เป็นประธาน`
      : lang === 'zh'
        ? `会议由${listIn(chairs, lang)}主持。`
        : `It was chaired by ${listIn(chairs, lang)}.`,
  attended: (lang: SourceLang, attendees: readonly string[]) =>
    lang === 'th'
      ? `ผู้เข้าร่วมประชุม ได้แก่ ${listIn(attendees, lang)}`
      : lang === 'zh'
        ? `出席会议的有${listIn(attendees, lang)}。`
        : `Attending were ${listIn(attendees, lang)}.`,
  workingGroup: (lang: SourceLang, group: string, topics: readonly string[], members: readonly string[]) =>
    lang === 'th'
      ? `ที่ประชุมตั้ง${group} มุ่งเน้น${listIn(topics, lang)} มีสมาชิก ได้แก่ ${listIn(members, lang)}`
      : lang === 'zh'
        ? `会议设立${group}，聚焦${listIn(topics, lang)}，成员有${listIn(members, lang)}。`
        : `The meeting set up the ${group}, focusing on ${listIn(topics, lang)}, with ${listIn(members, lang)} as members.`,
  fieldVisit: (lang: SourceLang, visitors: readonly string[], site: string, date: string, host: string) =>
    lang === 'th'
      ? `เมื่อวันที่ ${formatDate(date, lang)} ${listIn(visitors, lang)} ศึกษาดูงานที่${site} โดยมี${host}เป็นผู้นำชม`
      : lang === 'zh'
        ? `${formatDate(date, lang)}，${listIn(visitors, lang)}在${host}陪同下考察了${site}。`
        : `On ${formatDate(date, lang)} ${listIn(visitors, lang)} visited the ${site}, hosted by ${host}.`,
  proposed: (lang: SourceLang, a: string, b: string) =>
    lang === 'th'
      ? `ที่ประชุมเสนอให้${a}เป็นแกนกลางประสานงานกับ${b}`
      : lang === 'zh'
        ? `会议提议由${a}作为与${b}对接的协调方。`
        : `The meeting proposed ${a} as coordinator with ${b}.`,
  presented: (lang: SourceLang, person: string, topic: string) =>
    lang === 'th'
      ? `${person} นำเสนอเรื่อง${topic}`
      : lang === 'zh'
        ? `${person}介绍了${topic}。`
        : `${person} gave a presentation on ${topic}.`,
  advocated: (lang: SourceLang, actor: string, topic: string) =>
    lang === 'th' ? `${actor} ผลักดันเรื่อง${topic}` : lang === 'zh' ? `${actor}倡导${topic}。` : `${actor} called for more work on ${topic}.`,
};
