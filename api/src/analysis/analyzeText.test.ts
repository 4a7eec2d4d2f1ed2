import { describe, expect, it } from 'vitest';
import { analyzeText } from './analyzeText.ts';
import { RELATIONSHIP_TYPES } from '../domain/relationshipTypes.ts';
import { buildGazetteer } from './gazetteer.ts';

const gazetteer = buildGazetteer([{ entityId: 'place:china', kind: 'PLACE', names: { th: 'จีน', en: 'China', zh: '中国' }, aliases: [] }]);

/** The proposals of a text as `TYPE from → to`, each checked to quote its text verbatim. */
function proposals(text: string): string[] {
  const result = analyzeText(text, { gazetteer });
  for (const m of result.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  return result.proposals.map((p) => {
    expect(text.slice(p.quote.start, p.quote.end)).toBe(p.quote.text);
    expect(p.rule).not.toBe('');
    return `${p.type} ${result.mentions[p.from]?.text} → ${result.mentions[p.to]?.text}`;
  });
}

describe('analyzeText', () => {
  it('gives mentions, dates and ordinals in the contract shape', () => {
    const text = 'เมื่อวันที่ 5 เมษายน 2560 ดร.สมชาย ใจดี เข้าร่วมการประชุมครั้งที่ ๒๒';
    const result = analyzeText(text, { gazetteer, language: 'th' });
    expect(result.dates.map((d) => [d.text, d.date, d.endDate])).toEqual([['5 เมษายน 2560', '2017-04-05', null]]);
    expect(result.ordinals.map((o) => o.value)).toEqual([22]);
    expect(result.mentions.map((m) => [m.text, m.kind, m.rule])).toEqual([
      ['สมชาย ใจดี', 'PERSON', 'person: Thai honorific'],
      ['การประชุมครั้งที่ ๒๒', 'MEETING', 'meeting: Thai ประชุม … ครั้งที่'],
    ]);
    expect(proposals(text)).toEqual(['ATTENDED สมชาย ใจดี → การประชุมครั้งที่ ๒๒']);
  });

  it('proposes positions held and units part of their parent', () => {
    expect(proposals('Mr. Li Wei, Director of the China Rural Technology Development Center of MOST, spoke.')).toEqual([
      'HOLDS_POSITION Li Wei → China Rural Technology Development Center',
      'PART_OF China Rural Technology Development Center → MOST',
    ]);
    expect(proposals('ดร.อโศก พลบำรุง ผู้อำนวยการฝ่ายวิจัยและนวัตกรรม หน่วย บพท. กล่าว')).toEqual([
      'HOLDS_POSITION อโศก พลบำรุง → ฝ่ายวิจัยและนวัตกรรม',
      'PART_OF ฝ่ายวิจัยและนวัตกรรม → หน่วย บพท.',
    ]);
    expect(proposals('กระทรวงวิทยาศาสตร์และเทคโนโลยีจีน')).toEqual(['BASED_IN กระทรวงวิทยาศาสตร์และเทคโนโลยีจีน → จีน']);
    expect(proposals('โดยมีนายสมชาย เทียมบุญประเสริฐ รองปลัดกระทรวงวิทยาศาสตร์และเทคโนโลยี เป็นหัวหน้า')).toEqual([
      'HOLDS_POSITION สมชาย เทียมบุญประเสริฐ → กระทรวงวิทยาศาสตร์และเทคโนโลยี',
    ]);
    expect(proposals('中国科学院合肥物质科学研究院院长刘建国出席并致辞。')).toEqual([
      'PART_OF 中国科学院合肥物质科学研究院 → 中国科学院',
      'HOLDS_POSITION 刘建国 → 中国科学院合肥物质科学研究院',
    ]);
  });

  it('proposes chairs and co-chairs of a meeting', () => {
    expect(proposals('The 4th Joint Committee Meeting was chaired by Vice Minister Zhang Guangjun.')).toContain(
      'CHAIRED Zhang Guangjun → 4th Joint Committee Meeting',
    );
    expect(proposals('การประชุมคณะกรรมการร่วม ครั้งที่ 3 มีนายสมชาย ใจดี และ Mr. Li Wei เป็นประธานร่วม')).toEqual(
      expect.arrayContaining(['CHAIRED สมชาย ใจดี → การประชุมคณะกรรมการร่วม ครั้งที่ 3', 'CHAIRED Li Wei → การประชุมคณะกรรมการร่วม ครั้งที่ 3']),
    );
  });

  it('proposes attendance, visits and signatures in Chinese, English and Thai', () => {
    expect(proposals('张广军副部长出席第四次中泰科技合作联委会会议。')).toContain('ATTENDED 张广军 → 第四次中泰科技合作联委会会议');
    // The domain has no "visited" towards a body or a country, nor "signed with": none is proposed.
    expect(proposals('Dr. Somchai Jaidee visited the China Rural Technology Development Center.')).toEqual([]);
    expect(proposals('中国科学院与泰国国家天文研究所签署合作协议。')).toEqual([]);
    expect(proposals('Dr. Somchai Jaidee visited “Banana Fibre Village” in Lamphun.')).toContain(
      'VISITED Somchai Jaidee → Banana Fibre Village',
    );
  });

  it('proposes members of a working group', () => {
    expect(proposals('คณะทำงาน “ขจัดความยากจน” ประกอบด้วย สอวช. และ วว. เป็นตัวแทน')).toEqual([
      'MEMBER_OF สอวช. → ขจัดความยากจน',
      'MEMBER_OF วว. → ขจัดความยากจน',
    ]);
  });

  describe('on sentences of the atlas', () => {
    const domainTypes = (text: string): void => {
      const result = analyzeText(text, { gazetteer });
      for (const p of result.proposals) {
        const spec = RELATIONSHIP_TYPES[p.type];
        expect(spec.from as readonly string[]).toContain(result.mentions[p.from]?.kind);
        expect(spec.to as readonly string[]).toContain(result.mentions[p.to]?.kind);
      }
    };
    const mentions = (text: string): string[] => analyzeText(text, { gazetteer }).mentions.map((m) => `${m.text} ${m.kind}`);

    it('proposes a signing as attendance of the signing event, with the signatory role', () => {
      const text =
        '2017年4月5日,泰王国诗琳通公主殿下莅临贵州省大窝凼,并见证了中科院国家天文台(NAOC)与泰国国家天文研究所(NARIT)合作谅解备忘录的签署仪式。';
      domainTypes(text);
      const result = analyzeText(text, { gazetteer });
      expect(mentions(text)).toContain('合作谅解备忘录的签署仪式 MEETING');
      expect(
        result.proposals.map((p) => `${p.type} ${result.mentions[p.from]?.text} → ${result.mentions[p.to]?.text} ${p.attributes.role}`),
      ).toEqual([
        'PART_OF 中科院国家天文台 → 中科院 undefined',
        'ATTENDED 中科院国家天文台 → 合作谅解备忘录的签署仪式 signatory',
        'ATTENDED 泰国国家天文研究所 → 合作谅解备忘录的签署仪式 signatory',
      ]);
    });

    it('proposes a co-chair as CHAIRED with the co-chair role', () => {
      const text = 'การประชุมคณะกรรมการร่วมไทย-จีน ครั้งที่ 3 โดยมี Prof. Yin HeJun, Vice Minister of Science and Technology เป็นประธานร่วมการประชุมฯ';
      domainTypes(text);
      const result = analyzeText(text, { gazetteer });
      const chaired = result.proposals.find((p) => p.type === 'CHAIRED');
      expect([result.mentions[chaired?.from ?? -1]?.text, chaired?.attributes.role]).toEqual(['Yin HeJun', 'co-chair']);
    });

    it('finds events without a number and the hosts named by 主办', () => {
      expect(proposals('9月15-19日,由科技部和自治区政府共同主办的第二届中国-东盟技术转移与创新合作大会在南宁举行。')).toEqual([
        'ATTENDED 科技部 → 第二届中国-东盟技术转移与创新合作大会',
      ]);
      expect(mentions('Ambassador Lyu Jian Attended Opening Ceremony of CAS Innovation Cooperation')).toEqual(
        expect.arrayContaining(['Lyu Jian PERSON', 'Opening Ceremony MEETING']),
      );
      expect(mentions('ศาสตราจารย์พิเศษเอนก เหล่าธรรมทัศน์ ร่วมพิธีลงนามบันทึกความเข้าใจ ณ กรุงปักกิ่ง')).toEqual(
        expect.arrayContaining(['เอนก เหล่าธรรมทัศน์ PERSON', 'พิธีลงนามบันทึกความเข้าใจ MEETING']),
      );
    });

    it('proposes part of between nested names and a unit printed before its parent', () => {
      expect(proposals('访问中国科学院昆明植物研究所')).toEqual(['PART_OF 中国科学院昆明植物研究所 → 中国科学院']);
      expect(proposals('ศูนย์ทดสอบมาตรฐานระบบขนส่งทางราง (ศทร.) สถาบันวิจัยวิทยาศาสตร์และ เทคโนโลยีแห่งประเทศไทย (วว.) ได้เข้าร่วมประชุม')).toEqual([
        'PART_OF ศูนย์ทดสอบมาตรฐานระบบขนส่งทางราง → สถาบันวิจัยวิทยาศาสตร์และ เทคโนโลยีแห่งประเทศไทย',
      ]);
      expect(proposals('ศทร.-วว. ได้หารือกับ CRRC เรื่องแผนการดําเนินงาน')).toEqual(['PART_OF ศทร. → วว.']);
    });

    it('keeps Chinese names whole and free of the verbs around them', () => {
      const text = '雷凡培还实地考察了该项目在泰国的实施情况,见证了中国资源卫星应用中心与泰国地理信息和空间技术开发署签署合作协议';
      expect(mentions(text)).toEqual(expect.arrayContaining(['中国资源卫星应用中心 AGENCY', '泰国地理信息和空间技术开发署 AGENCY']));
      expect(mentions('中国科学院曼谷创新合作中心主任姜标介绍,依托多方合作')).toEqual(
        expect.arrayContaining(['中国科学院曼谷创新合作中心 AGENCY', '姜标 PERSON']),
      );
      expect(mentions('同时承担科技部委托的中国—东盟伙伴计划官网')).toContain('科技部 AGENCY');
    });

    it('does not read acronyms of meetings, documents and programmes, or surnames in capitals, as bodies', () => {
      const jcm =
        'the 1st Joint Committee Meeting (JCM) between China MOST & Thai MOST Cooperation. The JCM agreed to sign an MOU on High-Speed Rail (HSR).';
      expect(mentions(jcm).filter((m) => m.endsWith('AGENCY'))).toEqual(['MOST AGENCY', 'MOST AGENCY']);
      expect(mentions('ไทย-จีน (Science and Technology Partnership Program-STEP) และความตกลง')).not.toContain('STEP AGENCY');
      expect(mentions('ครั้งที่ 3 (3rd Joint Committee Meeting under STEP Program) ระหว่างวันที่ 16-17')).not.toContain('STEP AGENCY');
      expect(mentions('(Chinese Academy of Sciences - CAS) องค์การอวกาศแห่งชาติจีน')).toContain('CAS AGENCY');
      expect(mentions('(Research & Development) ด้านรถไฟความเร็วสูง (HSR) ในประเทศไทย')).not.toContain('HSR AGENCY');
      expect(mentions('ศูนย์พัฒนาเทคโนโลยีชนบทของจีน (CRTDC) ได้')).toContain('CRTDC AGENCY');
      expect(mentions('On February 22, KUST President WANG Xueqin attended the third session')).toEqual(
        expect.arrayContaining(['KUST AGENCY', 'WANG Xueqin PERSON']),
      );
      expect(mentions('泰王国驻中华人民共和国公使衔参赞Pasupha CHINVARASOPAK女士')).not.toContain('CHINVARASOPAK AGENCY');
      expect(mentions('ACC Secretary-General Visited CAS-ICC Bangkok')).toEqual(['ACC AGENCY', 'CAS-ICC AGENCY']);
      const counsellor = analyzeText('Ms. Pasupha CHINVARASOPAK, Minister Counselor of the Royal Thai Embassy', { gazetteer });
      expect(counsellor.mentions.find((m) => m.kind === 'PERSON')?.attributes.position).toBe('Minister Counselor');
    });

    it('reads English appositions: a name, a comma and a title of office', () => {
      const text =
        'a delegation led by Pornchai Tarkulwaranont, Vice Minister of Science and Technology of Thailand, visited CASTED. Mr. Zhang Xuehai, Deputy Director of Information and Public Relations Division of ACC, were present.';
      expect(mentions(text)).toContain('Pornchai Tarkulwaranont PERSON');
      expect(proposals(text)).toEqual([
        'HOLDS_POSITION Zhang Xuehai → Information and Public Relations Division',
        'PART_OF Information and Public Relations Division → ACC',
      ]);
    });

    it('finds a person after an envoy title with no honorific, and ends Thai bodies before the next words', () => {
      expect(mentions('เอกอัครราชทูตหลู่ย์ เจี้ยนเข้าร่วมพิธีเปิด')).toContain('หลู่ย์ เจี้ยน PERSON');
      expect(mentions('ดร.สุวิทย์ เมษินทรีย์ รัฐมนตรีว่าการกระทรวงวิทยาศาสตร์และเทคโนโลยีในฐานะเป็นตัวแทนพิเศษ')).toContain(
        'กระทรวงวิทยาศาสตร์และเทคโนโลยี AGENCY',
      );
    });

    it('reads `May 17,2017`, `9月15-19日` and ordinals written as words', () => {
      const dates = (text: string) => analyzeText(text, { gazetteer }).dates.map((d) => [d.text, d.date, d.endDate]);
      expect(dates('Bangkok, May 17,2017')).toEqual([['May 17,2017', '2017-05-17', null]]);
      expect(dates('9月15-19日,由科技部')).toEqual([['9月15-19日', '--09-15', '--09-19']]);
      const ordinals = (text: string) => analyzeText(text, { gazetteer }).ordinals.map((o) => [o.text, o.value]);
      expect(ordinals('presided over the opening of the second Thailand-China seminar on Thailand-China economic cooperation')).toEqual([
        ['second', 2],
      ]);
      expect(ordinals('The Eighth ASEAN School on Plasma and Nuclear Fusion 2023')).toEqual([['Eighth', 8]]);
    });

    it('ends a Thai clause at a connective, so a quote is one clause', () => {
      const text = 'นายสมชาย ใจดี เข้าร่วมการประชุมครั้งที่ 3 พร้อมทั้งหารือแนวทางความร่วมมือด้านการวิจัย';
      const result = analyzeText(text, { gazetteer });
      expect(result.proposals.map((p) => p.quote.text)).toEqual(['นายสมชาย ใจดี เข้าร่วมการประชุมครั้งที่ 3']);
    });
  });
});
