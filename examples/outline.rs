//! Prints the outline of every article on the embedded page: title, date and how it
//! was established, each section heading with its paragraph and sentence counts, and
//! where each page-break join was repaired.
//!
//! Run: `cargo run --example outline`
#![forbid(unsafe_code)]

fn main() {
    let corpus = baokan::corpus();
    for article in corpus.articles() {
        let date = article
            .date()
            .map_or_else(|| "undated".to_string(), |d| d.to_string());
        let basis = article.date_basis().map_or("", |b| b.as_str());
        println!(
            "[{}] {} ({date}, {basis})",
            article.id(),
            article.title().unwrap_or("(untitled)")
        );
        if let Some(from) = article.continued_from() {
            println!("    continued from {} at {}", from.page, from.source);
        }
        for section in article.sections() {
            let sentences: usize = section.paragraphs().map(|p| p.sentences().len()).sum();
            println!(
                "  {:<6} {:<40} {:>3} paragraphs {:>4} sentences",
                section.id().to_string(),
                section.heading().unwrap_or("(lead)"),
                section.paragraphs().len(),
                sentences
            );
            for p in section.paragraphs() {
                for join in p.joins() {
                    let before: String = corpus.text()[..join.at]
                        .chars()
                        .rev()
                        .take(4)
                        .collect::<Vec<_>>()
                        .into_iter()
                        .rev()
                        .collect();
                    let after: String = corpus.text()[join.at..].chars().take(4).collect();
                    println!(
                        "         page break repaired in {}: {before}|{after} (continues at {})",
                        p.id(),
                        join.source
                    );
                }
            }
        }
    }
}
