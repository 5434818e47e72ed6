//! The seed page, read through the public API only: every structural fact below can be
//! checked by eye against `data/000_bb83d75fffceb494.txt`.

use baokan::{Corpus, DateBasis, Item, ParagraphKind, SentenceEnd, Source, Span};

const FILE: &str = "000_bb83d75fffceb494.txt";
const RAW: &str = include_str!("../data/000_bb83d75fffceb494.txt");

fn line(n: u32) -> &'static str {
    RAW.lines().nth(n as usize - 1).expect("line exists")
}

/// Byte offset of a slice of `c.text()` (every accessor hands out such slices).
fn offset_in(c: &Corpus<'_>, s: &str) -> usize {
    let base = c.text().as_ptr() as usize;
    let at = s.as_ptr() as usize;
    assert!(
        at >= base && at + s.len() <= base + c.text().len(),
        "{s:?} is not a slice of the corpus text"
    );
    at - base
}

/// Asserts that every char of `s` (a slice of the corpus text) maps back to the very
/// same char of the source file.
fn assert_provenance(c: &Corpus<'_>, s: &str) {
    let start = offset_in(c, s);
    for (i, ch) in s.char_indices() {
        let src = c.source_at(start + i).expect("every char has a source");
        assert_eq!(src.file, FILE);
        let got = line(src.line).chars().nth(src.column as usize - 1);
        assert_eq!(
            got,
            Some(ch),
            "char {i} of {s:?} maps to {src}, which holds {got:?}"
        );
    }
}

fn src(line: u32, column: u32) -> Source<'static> {
    Source {
        file: FILE,
        line,
        column,
    }
}

#[test]
fn two_articles_with_their_heads() {
    let c = baokan::corpus();
    assert_eq!(c.articles().len(), 2);
    assert_eq!(c.files().len(), 1);

    let a = c.article("1").unwrap();
    assert_eq!(a.title(), Some("建强战斗堡垒 夯实执政之基"));
    assert_eq!(a.source(), src(3, 1));
    let sub = a.subtitle().unwrap();
    assert_eq!(sub, "党的十九大以来党的基层组织建设工作总结");
    // The subtitle is the text after the dashes: line 5, column 3.
    assert_eq!(c.source_at(offset_in(&c, sub)), Some(src(5, 3)));
    let by = a.byline().unwrap();
    assert_eq!(by, "新华社记者");
    assert_eq!(c.source_at(offset_in(&c, by)), Some(src(7, 1)));
    let d = a.dateline().unwrap();
    assert_eq!(d.text, "(新华社北京10月9日电)");
    assert_eq!(d.agency, Some("新华社"));
    assert_eq!(d.place, Some("北京"));
    assert_eq!((d.month, d.day), (10, 9));
    assert_eq!(d.date.unwrap().to_string(), "2022-10-09");
    assert_eq!(d.source, src(147, 1));
    assert_eq!(a.date().unwrap().to_string(), "2022-10-09");
    assert_eq!(a.date_basis(), Some(DateBasis::Dateline));
    assert_eq!(a.continued_from(), None);
    assert_eq!(a.continued_to(), None);
    assert_eq!(a.source_lines(), (3, 147));

    let b = c.article("2").unwrap();
    assert_eq!(b.title(), Some("以高质量项目推动经济高质量发展"));
    assert_eq!(b.source(), src(149, 1));
    assert_eq!(b.subtitle(), None);
    assert_eq!(b.byline(), None);
    assert_eq!(b.dateline(), None);
    let from = b.continued_from().unwrap();
    assert_eq!(from.page, "第一版");
    assert_eq!(from.marker, "(上接第一版)");
    assert_eq!(from.source, src(151, 1));
    assert_eq!(b.continued_to(), None);
    // No dateline: the date is the page's, as declared in the manifest.
    assert_eq!(b.date().unwrap().to_string(), "2022-10-09");
    assert_eq!(b.date_basis(), Some(DateBasis::Declared));
    assert_eq!(b.source_lines(), (149, 189));

    for s in [sub, by, d.text, from.marker, from.page] {
        assert_provenance(&c, s);
    }
    for a in c.articles() {
        assert_provenance(&c, a.title().unwrap());
    }
}

#[test]
fn sections_and_their_paragraphs() {
    let c = baokan::corpus();
    // (heading, source line of the heading or first paragraph, paragraph count)
    let expected: [&[(Option<&str>, u32, usize)]; 2] = [
        &[
            (None, 9, 3),
            (Some("牢固树立大抓基层的鲜明导向"), 15, 13),
            (Some("夯实全面实施乡村振兴战略的组织基础"), 45, 11),
            (Some("城市基层党建引领基层治理效能明显提升"), 71, 10),
            (Some("党在新兴领域的号召力和凝聚力不断扩大"), 95, 14),
            (Some("把传统领域党建工作优势更好彰显出来"), 125, 10),
        ],
        &[
            (None, 151, 1),
            (Some("深哈合作结出累累硕果 高科技企业纷纷落户园区"), 153, 5),
            (Some("新产业新经济加速成长 夯实新区发展“底盘”"), 167, 9),
        ],
    ];
    for (a, want) in c.articles().zip(expected) {
        let got: Vec<_> = a
            .sections()
            .map(|s| (s.heading(), s.source().line, s.paragraphs().len()))
            .collect();
        assert_eq!(got, want, "sections of article {}", a.id());
    }
    assert_eq!(c.paragraphs().len(), 76);
    // The lead of article 2 starts after the (上接第一版) marker, 7 chars in.
    let lead = c.paragraph("2.1.1").unwrap();
    assert_eq!(lead.source(), src(151, 8));
    assert!(lead.text().starts_with("哈尔滨新区科技创新高地"));
    for s in c.sections() {
        if let Some(h) = s.heading() {
            assert_provenance(&c, h);
            assert_eq!(line(s.source().line), h, "a heading is a whole source line");
        }
    }
}

#[test]
fn no_heading_is_half_a_broken_paragraph() {
    let c = baokan::corpus();
    let headings: Vec<&str> = c.sections().filter_map(|s| s.heading()).collect();
    assert_eq!(headings.len(), 7);
    assert!(!headings.contains(&"蓬勃发展的高新技术企业,凝聚起哈尔滨新"));
    for h in &headings {
        assert!(
            !h.contains([',', '，', '。', ';', '；', ':', '：', '?', '？']),
            "heading {h:?} holds clause punctuation"
        );
        // No paragraph begins where a heading should have ended a broken line.
        assert!(!c.paragraphs().any(|p| p.text() == *h));
    }
}

#[test]
fn six_page_break_joins_are_repaired() {
    let c = baokan::corpus();
    // (word split by the break, its two halves, line of the first half, line of the second)
    let expected = [
        ("书记", "书", "记", 39, 41),
        ("保障制度", "保障", "制度", 65, 67),
        ("更加", "更", "加", 91, 93),
        ("哈尔滨", "哈尔", "滨", 163, 165),
        ("碳纳米管", "碳纳米", "管", 173, 175),
        ("新区", "新", "区", 181, 183),
    ];
    let joined: Vec<_> = c
        .paragraphs()
        .flat_map(|p| p.joins().map(move |j| (p, j)))
        .collect();
    assert_eq!(joined.len(), expected.len());
    assert_eq!(c.stats().joins, 6);
    for ((p, j), (word, before, after, l1, l2)) in joined.into_iter().zip(expected) {
        let rel = j.at - p.span().start;
        let (head, tail) = p.text().split_at(rel);
        assert!(
            head.ends_with(before),
            "{head:?} should end with {before:?}"
        );
        assert!(
            tail.starts_with(after),
            "{tail:?} should start with {after:?}"
        );
        assert!(p.text().contains(word));
        assert_eq!(p.source(), src(l1, 1), "paragraph with {word}");
        assert_eq!(j.source, src(l2, 1), "join in {word}");
        assert_eq!(j.char, c.text()[..j.at].chars().count());
        assert_eq!(p.joins().len(), 1);
        // The halves are exactly the two source lines.
        assert_eq!(head, line(l1));
        assert_eq!(tail, line(l2));
        assert_eq!(p.kind(), ParagraphKind::Body);
    }
    // The broken line 181 became one paragraph, not a heading plus a paragraph.
    let p = c
        .paragraphs()
        .find(|p| p.source().line == 181)
        .expect("paragraph at line 181");
    assert_eq!(
        p.text(),
        "蓬勃发展的高新技术企业,凝聚起哈尔滨新区高质量发展的新动能。"
    );
    assert_eq!(
        p.section().heading(),
        Some("新产业新经济加速成长 夯实新区发展“底盘”")
    );
}

#[test]
fn every_paragraph_is_its_source_text_exactly() {
    let c = baokan::corpus();
    for p in c.paragraphs() {
        // Cut the paragraph at its joins; each piece starts at its own source position.
        let starts: Vec<(usize, Source<'_>)> = std::iter::once((p.span().start, p.source()))
            .chain(p.joins().map(|j| (j.at, j.source)))
            .collect();
        for (i, &(at, s)) in starts.iter().enumerate() {
            let end = starts.get(i + 1).map_or(p.span().end, |n| n.0);
            let piece = &c.text()[at..end];
            let from_column: String = line(s.line).chars().skip(s.column as usize - 1).collect();
            assert_eq!(piece, from_column, "paragraph {} piece {i}", p.id());
        }
        assert_provenance(&c, p.text());
    }
}

#[test]
fn paragraph_kinds() {
    let c = baokan::corpus();
    let lists: Vec<_> = c
        .paragraphs()
        .filter(|p| p.kind() == ParagraphKind::ListItem)
        .collect();
    assert_eq!(lists.len(), 3);
    assert_eq!(
        lists.iter().map(|p| p.source().line).collect::<Vec<_>>(),
        [107, 109, 111]
    );
    let ellipses: Vec<_> = c
        .paragraphs()
        .filter(|p| p.kind() == ParagraphKind::Ellipsis)
        .collect();
    assert_eq!(ellipses.len(), 2);
    assert_eq!(
        ellipses.iter().map(|p| p.source().line).collect::<Vec<_>>(),
        [23, 33]
    );
    for p in c.paragraphs() {
        match p.kind() {
            ParagraphKind::ListItem => assert!(p.text().starts_with("——")),
            ParagraphKind::Ellipsis => assert_eq!(p.text(), "……"),
            ParagraphKind::Body => {
                assert!(!p.text().starts_with("——"));
                assert_ne!(p.text(), "……");
            }
        }
    }
    assert_eq!(
        c.paragraphs()
            .filter(|p| p.kind() == ParagraphKind::Body)
            .count(),
        76 - 5
    );
}

fn sentences(c: &Corpus<'static>, id: &str) -> Vec<(&'static str, SentenceEnd)> {
    c.paragraph(id)
        .unwrap()
        .sentences()
        .map(|s| (s.text(), s.end()))
        .collect()
}

#[test]
fn sentences_split_by_print_rules() {
    use SentenceEnd::*;
    let c = baokan::corpus();
    assert_eq!(
        sentences(&c, "1.1.1"),
        [
            ("党的力量来自组织。", FullStop),
            (
                "严密的组织体系,是马克思主义政党的优势所在、力量所在。",
                FullStop
            ),
            (
                "其中,基层党组织是党的肌体的“神经末梢”,是党执政大厦的地基。",
                FullStop
            ),
        ]
    );
    // A closing quote after the full stop belongs to the sentence.
    let quote = sentences(&c, "1.1.2");
    assert_eq!(quote.len(), 2);
    assert_eq!(
        quote[0].0,
        "习近平总书记指出:“我们的基层党组织和党员队伍,这是世界上任何其他政党都不可能具有的强大组织资源。"
    );
    assert!(quote[1].0.ends_with("党和人民的事业就无往而不胜。”"));
    assert_eq!(quote[1].1, FullStop);
    // The quote's opening mark is on another page; its close still ends the sentence.
    assert_eq!(
        sentences(&c, "2.1.1"),
        [
            (
                "哈尔滨新区科技创新高地的地位不断夯实,产业结构升级引擎强劲。”",
                FullStop
            ),
            ("张弛说。", FullStop),
        ]
    );
    // A half-width question mark ends a sentence.
    let p = c
        .paragraphs()
        .find(|p| p.text().starts_with("六年过去了"))
        .unwrap();
    let s: Vec<_> = p.sentences().map(|s| (s.text(), s.end())).collect();
    assert_eq!(s[0], ("六年过去了,万鑫石墨谷发展状况如何?", Question));
    assert_eq!(s[1], ("9月29日,记者采访了企业当家人。", FullStop));
    assert!(
        s.iter()
            .any(|(t, e)| t.ends_with("预计同比均将增加80%。”") && *e == FullStop)
    );
    // A half-width semicolon is a weaker break; a lone ellipsis is a sentence.
    let semi = c.paragraphs().find(|p| p.source().line == 27).unwrap();
    let ends: Vec<_> = semi.sentences().map(|s| (s.text(), s.end())).collect();
    assert_eq!(
        ends,
        [
            (
                "在山西大同云州区西坪镇坊城新村,在陕西商洛柞水县小岭镇金米村,在四川眉山东坡区太和镇永丰村……",
                Ellipsis
            ),
            ("走村入户了解抓党建促乡村振兴情况;", Semicolon)
        ]
    );
    assert_eq!(sentences(&c, "1.2.4"), [("……", Ellipsis)]);
    // Decimals do not break: 83.64% stays inside its sentence.
    assert!(
        c.sentences()
            .any(|s| s.text()
                == "“截至目前,园区累计注册企业471家,正式签约45家,签约入驻率达83.64%。”")
    );
    // An ellipsis inside running text ends a sentence.
    let led = c.paragraphs().find(|p| p.source().line == 73).unwrap();
    assert_eq!(
        led.sentences().next().map(|s| (s.text(), s.end())),
        Some((
            "路平了,灯亮了,各项设施完善了,大伙儿的心里也亮堂了……",
            Ellipsis
        ))
    );
    // Sentences tile their paragraph, with no gap and no overlap.
    for p in c.paragraphs() {
        let joined: String = p.sentences().map(|s| s.text()).collect();
        assert_eq!(joined, p.text(), "paragraph {}", p.id());
        let mut at = p.span().start;
        for s in p.sentences() {
            assert_eq!(s.span().start, at);
            at = s.span().end;
        }
        assert_eq!(at, p.span().end);
    }
}

fn check_span(c: &Corpus<'_>, what: &str, text: &str, span: Span, chars: Span) {
    assert_eq!(&c.text()[span.start..span.end], text, "{what}: byte span");
    assert_eq!(
        chars.len(),
        text.chars().count(),
        "{what}: char span length"
    );
    assert_eq!(
        chars.start,
        c.text()[..span.start].chars().count(),
        "{what}: char span start"
    );
    assert_eq!(offset_in(c, text), span.start, "{what}: text is a slice");
}

#[test]
fn spans_match_text_in_bytes_and_chars() {
    let c = baokan::corpus();
    for a in c.articles() {
        check_span(&c, "article", a.text(), a.span(), a.char_span());
        assert!(a.text().starts_with(a.title().unwrap()));
    }
    for s in c.sections() {
        check_span(&c, "section", s.text(), s.span(), s.char_span());
        if let Some(h) = s.heading() {
            assert!(s.text().starts_with(h));
        }
    }
    for p in c.paragraphs() {
        check_span(&c, "paragraph", p.text(), p.span(), p.char_span());
    }
    for s in c.sentences() {
        check_span(&c, "sentence", s.text(), s.span(), s.char_span());
        assert_eq!(s.source(), c.source_at(s.span().start).unwrap());
    }
    let stats = c.stats();
    assert_eq!(stats.paragraphs, 76);
    assert_eq!(stats.sentences, c.sentences().len());
    assert_eq!(
        stats.paragraph_chars,
        c.paragraphs()
            .map(|p| p.text().chars().count())
            .sum::<usize>()
    );
}

#[test]
fn ids_round_trip() {
    let c = baokan::corpus();
    for a in c.articles() {
        let Item::Article(found) = c.find(&a.id().to_string()).unwrap() else {
            panic!("{} is not an article", a.id());
        };
        assert_eq!(found.index(), a.index());
        assert_eq!(c.article(&a.id().to_string()).unwrap().index(), a.index());
    }
    for s in c.sections() {
        let Item::Section(found) = c.find(&s.id().to_string()).unwrap() else {
            panic!("{} is not a section", s.id());
        };
        assert_eq!(found.index(), s.index());
        assert_eq!(s.id().parts()[0], s.article().id().parts()[0]);
    }
    for p in c.paragraphs() {
        let Item::Paragraph(found) = c.find(&p.id().to_string()).unwrap() else {
            panic!("{} is not a paragraph", p.id());
        };
        assert_eq!(found.index(), p.index());
        assert_eq!(&p.id().parts()[..2], p.section().id().parts());
    }
    for s in c.sentences() {
        let id = s.id().to_string();
        let Item::Sentence(found) = c.find(&id).unwrap() else {
            panic!("{id} is not a sentence");
        };
        assert_eq!(found.index(), s.index());
        assert_eq!(c.sentence(&id).unwrap().text(), s.text());
        assert_eq!(&s.id().parts()[..3], s.paragraph().id().parts());
        assert_eq!(s.article().index(), s.paragraph().article().index());
        assert_eq!(s.section().index(), s.paragraph().section().index());
    }
    assert_eq!(c.sentence("1.1.1.1").unwrap().text(), "党的力量来自组织。");
    assert_eq!(c.section("2.3").unwrap().paragraphs().len(), 9);
}
