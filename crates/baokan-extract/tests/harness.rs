//! The shared seed-page harness rejoins the page breaks the way the compiler does.

mod common;

#[test]
fn the_seed_page_rejoins_its_six_page_breaks() {
    let paras = common::paragraphs();
    let joined: Vec<&common::Para> = paras.iter().filter(|p| p.pieces.len() > 1).collect();
    let lines: Vec<u32> = joined.iter().map(|p| p.pieces[0].1).collect();
    assert_eq!(lines, vec![39, 65, 91, 163, 173, 181]);
    assert!(joined[1].text.contains("经费保障制度"));
    assert_eq!(
        joined[1].line_of(joined[1].text.find("制度,并").unwrap()),
        67
    );
}
