//! Stories printed more than once: a front-page story reprinted on an inner page, the same
//! day or days later, perhaps with a kicker line added, a paragraph trimmed or a credit
//! line changed. Each reprint is linked to the first article of its group so that
//! statistics can count every story once.
//!
//! The method, in four steps:
//!
//! 1. **Shingles.** A body with all whitespace removed (so that line breaks, full-width
//!    indents and a re-flowed paragraph change nothing) is cut into overlapping 5-character
//!    shingles, each hashed to 64 bits with XXH3 under a fixed seed; the sorted, deduplicated
//!    hashes are the body's shingle set. Five characters are two or three Chinese words:
//!    long enough that two different stories on one topic share few shingles (stock phrases
//!    like 本报北京2月1日电 still do, which is why the verification below is strict),
//!    short enough that a one-character edit spoils only five of them.
//! 2. **Exact reprints** (identical shingle sets) are grouped by sorting, before any hashing
//!    tricks: they are the common case and, in a pathological input of thousands of copies,
//!    would otherwise crowd one LSH bucket.
//! 3. **Candidates** come from MinHash and LSH banding: 126 MinHash values per body, by
//!    one-permutation hashing (each shingle hash falls in one of 126 bins by its high bits,
//!    and a bin keeps the least low half it sees; an empty bin borrows from the next full
//!    one, offset by the distance, so it stays comparable across bodies), cut into 42
//!    bands of 3 rows; two bodies that agree on all three values of any band are a
//!    candidate pair. For Jaccard similarity `s` a bin agrees with probability about `s`,
//!    so a pair is found with probability about `1 - (1 - s³)^42`: 0.997 at `s = 0.5` (the
//!    lowest similarity step 4 can accept), 1 - 10⁻¹³ at 0.8, and 0.5 % at `s = 0.05`, the
//!    similarity of two stories on one topic. One hash per shingle, where 126 permutations
//!    cost 126 multiplications each: the signatures were a third of the month's compile.
//! 4. **Verification** of every candidate with the true shingle sets. A pair is one story
//!    when the Jaccard similarity is at least 0.8 (a reprint with a line or two changed),
//!    or when at least 90 % of the smaller body's shingles are in the larger one and the
//!    smaller has at least 60 % of the larger's shingles (a trimmed reprint: one paragraph
//!    of five dropped). The size floor keeps a one-paragraph summary or a quoted passage
//!    from being taken for the story it quotes, and makes the weakest accepted pair have a
//!    Jaccard similarity of 0.9 · 0.6 / (1 + 0.1 · 0.6) ≈ 0.51, inside what step 3 finds.
//!    On the People's Daily of February 2019 the most similar pairs that are *not* one story
//!    (the 25th and 26th chairmen's meetings of the NPC Standing Committee; a news report and
//!    the speech it quotes at length) reach Jaccard 0.43–0.51 and containment 0.62–0.69.
//!
//! Bodies with fewer than [`MIN_SHINGLES`] distinct shingles never link: an empty
//! advertisement page, a photo credit (本版制图：蔡华伟) or a caption repeats without being
//! a story. Verified pairs are joined transitively (union-find), and every member points at
//! the group's earliest article.
//!
//! The work is near-linear: hashing is linear in the text, banding sorts `42 · n` keys, and
//! a bucket compares each body only with the [`BUCKET_WINDOW`] bodies before it in the
//! bucket, so a crowd of near-identical bodies costs `O(n · window)` rather than `O(n²)`
//! (the crowd is still joined, through chains). Everything is deterministic: fixed seeds
//! and constants, no `RandomState`, order-preserving parallel maps, and a result that does
//! not depend on the order in which pairs are verified.

// Hashing: twox-hash's XXH3 (64-bit), because its output is fixed by the xxHash
// specification (the same on every machine, endianness and release) and it is pure Rust
// and MIT; XXH3 rather than XXH64 because a shingle is 5–20 bytes, where XXH3's short-input
// path is several times faster (XXH64 over every shingle was a tenth of a month's compile).

use rayon::prelude::*;
use twox_hash::XxHash3_64;

/// Characters per shingle.
const SHINGLE: usize = 5;
/// The fewest distinct shingles a body must have to be linked: what a 50-character body
/// of non-repeating text has. Shorter bodies are credits, captions and empty pages.
pub(crate) const MIN_SHINGLES: usize = 50 - (SHINGLE - 1);
/// LSH bands and rows per band; see the module doc for the resulting S-curve.
const BANDS: usize = 42;
const ROWS: usize = 3;
const HASHES: usize = BANDS * ROWS;
/// How many earlier members of one LSH bucket each member is compared with.
pub(crate) const BUCKET_WINDOW: usize = 32;
/// Seed of the shingle hash; any fixed value would do, but it must never change, or
/// links could move between releases.
const SHINGLE_SEED: u64 = 0x6261_6f6b_616e_2d64; // "baokan-d"

/// What linking needs of one body, computed where the body is compiled so that the
/// bodies themselves need not be held: the number of shingles, a 128-bit hash of their
/// sequence (equal bodies, whitespace aside, have equal keys), and, for a body eligible to
/// be linked, one 64-bit key per LSH band (a hash of the band's [`ROWS`] MinHash values).
#[derive(Debug, Clone)]
pub(crate) struct Summary {
    len: usize,
    key: (u64, u64),
    bands: Option<[u64; BANDS]>,
}

/// Summarizes one body (paragraphs joined by `\n`, or concatenated: whitespace is
/// ignored).
pub(crate) fn summarize(body: &str) -> Summary {
    let hashes = shingle_hashes(body);
    let bytes: Vec<u8> = hashes.iter().flat_map(|h| h.to_le_bytes()).collect();
    let key = (
        XxHash3_64::oneshot_with_seed(SHINGLE_SEED, &bytes),
        XxHash3_64::oneshot_with_seed(SHINGLE_SEED ^ 1, &bytes),
    );
    // Enough distinct shingles among the first few hundred is enough: a long body that
    // repeats one shingle (a rule line) shows it at once.
    let eligible = hashes.len() >= MIN_SHINGLES && {
        let mut head = hashes[..hashes.len().min(8 * MIN_SHINGLES)].to_vec();
        head.sort_unstable();
        head.dedup();
        head.len() >= MIN_SHINGLES
    };
    let bands = eligible.then(|| {
        let sig = signature(&hashes);
        let mut bands = [0; BANDS];
        for (band, rows) in bands.iter_mut().zip(sig.chunks_exact(ROWS)) {
            let words: Vec<u8> = rows.iter().flat_map(|h| h.to_le_bytes()).collect();
            *band = XxHash3_64::oneshot_with_seed(SHINGLE_SEED, &words);
        }
        bands
    });
    Summary {
        len: hashes.len(),
        key,
        bands,
    }
}

/// A story printed more than once: for each body (in pack order), `Some(j)` when it
/// repeats an earlier story, `j` being the index of the first article of its group, and
/// `None` for the first printing of a story and for bodies too short to judge (fewer than
/// [`MIN_SHINGLES`] distinct shingles).
///
/// Groups are star-shaped on their first member: if `b` repeats `a` and `c` repeats `b`,
/// both point at `a`. See the module doc for the method and its thresholds. Indexes that
/// do not fit a `u32` (more than four billion articles) are left unlinked.
#[cfg(test)]
pub(crate) fn duplicate_of(bodies: &[&str]) -> Vec<Option<u32>> {
    let summaries: Vec<Summary> = bodies.par_iter().map(|b| summarize(b)).collect();
    link(&summaries, &|i| shingle_set(bodies[i]))
}

/// Shingles kept at once while verifying candidates: 32 MB of hashes.
const VERIFY_BUDGET: usize = 4 << 20;

/// [`duplicate_of`] from the bodies' summaries, with `set_of(i)` giving body `i`'s
/// shingle set again where a candidate pair must be verified. Only the sets of one
/// chunk of candidate pairs are held at a time.
pub(crate) fn link(
    summaries: &[Summary],
    set_of: &(dyn Fn(usize) -> Vec<u64> + Sync),
) -> Vec<Option<u32>> {
    let mut groups = UnionFind::new(summaries.len());

    // Exact reprints: equal shingle sequences (the same text, whitespace aside) have
    // equal keys and sort next to each other, the lowest index first; bodies with equal
    // keys are still compared set to set.
    let mut eligible: Vec<usize> = (0..summaries.len())
        .filter(|&i| summaries[i].bands.is_some())
        .collect();
    let id = |i: usize| (summaries[i].len, summaries[i].key);
    eligible.sort_unstable_by_key(|&i| (id(i), i));
    let mut representatives = Vec::with_capacity(eligible.len());
    let mut start = 0;
    for k in 1..=eligible.len() {
        if k < eligible.len() && id(eligible[k]) == id(eligible[start]) {
            continue;
        }
        let run = &eligible[start..k];
        if let [only] = run {
            representatives.push(*only);
        } else {
            let sets: Vec<Vec<u64>> = run.par_iter().map(|&i| set_of(i)).collect();
            for (m, &i) in run.iter().enumerate() {
                match (0..m).find(|&p| sets[p] == sets[m]) {
                    Some(p) => groups.union(run[p], i),
                    None => representatives.push(i),
                }
            }
        }
        start = k;
    }
    representatives.sort_unstable();

    // Near reprints among the distinct bodies: LSH candidates, then the exact check.
    let mut pairs = Vec::new();
    let mut bucket: Vec<(u64, usize)> = Vec::with_capacity(representatives.len());
    for band in 0..BANDS {
        bucket.clear();
        for &doc in &representatives {
            if let Some(bands) = &summaries[doc].bands {
                bucket.push((bands[band], doc));
            }
        }
        bucket.sort_unstable();
        let mut start = 0;
        for k in 1..=bucket.len() {
            if k == bucket.len() || bucket[k].0 != bucket[start].0 {
                for m in start + 1..k {
                    for prev in &bucket[start.max(m.saturating_sub(BUCKET_WINDOW))..m] {
                        pairs.push((prev.1, bucket[m].1));
                    }
                }
                start = k;
            }
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    // Verify in chunks whose sets fit the budget, each set made once per chunk.
    let mut verified = Vec::new();
    let mut at = 0;
    while at < pairs.len() {
        let mut members: Vec<usize> = Vec::new();
        let mut shingles = 0;
        let mut end = at;
        while end < pairs.len() && (end == at || shingles < VERIFY_BUDGET) {
            for i in [pairs[end].0, pairs[end].1] {
                if let Err(slot) = members.binary_search(&i) {
                    members.insert(slot, i);
                    shingles += summaries[i].len;
                }
            }
            end += 1;
        }
        let sets: Vec<Vec<u64>> = members.par_iter().map(|&i| set_of(i)).collect();
        let set = |i: usize| &sets[members.binary_search(&i).unwrap_or_default()];
        verified.extend(
            pairs[at..end]
                .par_iter()
                .filter(|&&(i, j)| same_story(set(i), set(j)))
                .copied()
                .collect::<Vec<_>>(),
        );
        at = end;
    }
    for (i, j) in verified {
        groups.union(i, j);
    }

    (0..summaries.len())
        .map(|i| {
            let first = groups.find(i);
            if first == i {
                None
            } else {
                u32::try_from(first).ok()
            }
        })
        .collect()
}

/// The sorted, deduplicated XXH3 hashes of a body's 5-character shingles, whitespace
/// removed. Empty for a body shorter than one shingle.
pub(crate) fn shingle_set(body: &str) -> Vec<u64> {
    let mut set = shingle_hashes(body);
    set.sort_unstable();
    set.dedup();
    set
}

/// The XXH3 hashes of a body's 5-character shingles, whitespace removed, in text order.
fn shingle_hashes(body: &str) -> Vec<u64> {
    // The last SHINGLE chars' UTF-8 bytes, kept in a window that slides one char at a
    // time, so that no whitespace-free copy of the body is made.
    let mut window: [([u8; 4], usize); SHINGLE] = [([0; 4], 0); SHINGLE];
    let mut seen = 0usize;
    let mut out = Vec::with_capacity(body.len() / 3);
    let mut bytes = [0u8; 4 * SHINGLE];
    for c in body.chars().filter(|c| !c.is_whitespace()) {
        let mut utf8 = [0; 4];
        let len = c.encode_utf8(&mut utf8).len();
        window[seen % SHINGLE] = (utf8, len);
        seen += 1;
        if seen >= SHINGLE {
            let mut n = 0;
            for k in 0..SHINGLE {
                let (b, l) = &window[(seen + k) % SHINGLE];
                bytes[n..n + l].copy_from_slice(&b[..*l]);
                n += l;
            }
            out.push(XxHash3_64::oneshot_with_seed(SHINGLE_SEED, &bytes[..n]));
        }
    }
    out
}

/// The one-permutation MinHash signature of a non-empty shingle set: bin by the high
/// half of each hash, keep the least low half per bin, and fill an empty bin from the next
/// full one to its right (circularly), offset by how far it had to look.
fn signature(set: &[u64]) -> [u64; HASHES] {
    const EMPTY: u64 = u64::MAX;
    let mut bins = [EMPTY; HASHES];
    for &h in set {
        // Multiply-shift maps the high half evenly onto the bins.
        let bin = (((h >> 32) * HASHES as u64) >> 32) as usize;
        let value = h & 0xffff_ffff;
        if let Some(slot) = bins.get_mut(bin) {
            *slot = (*slot).min(value);
        }
    }
    if bins.iter().all(|&v| v == EMPTY) {
        return bins;
    }
    let mut sig = bins;
    for (i, slot) in sig.iter_mut().enumerate() {
        if bins[i] != EMPTY {
            continue;
        }
        let (step, value) = (1..HASHES)
            .map(|d| (d as u64, bins[(i + d) % HASHES]))
            .find(|&(_, v)| v != EMPTY)
            .unwrap_or((0, EMPTY));
        *slot = value | (step << 32);
    }
    sig
}

/// The size of the intersection of two sorted, deduplicated sets.
pub(crate) fn intersection(a: &[u64], b: &[u64]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while let (Some(x), Some(y)) = (a.get(i), b.get(j)) {
        match x.cmp(y) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// Whether two shingle sets are one story: Jaccard ≥ 0.8, or ≥ 90 % of the smaller set in
/// the larger with the smaller at least 60 % of the larger's size. Integer arithmetic in
/// `u128`, so no rounding and no overflow.
pub(crate) fn same_story(a: &[u64], b: &[u64]) -> bool {
    let (small, large) = if a.len() <= b.len() {
        (a.len() as u128, b.len() as u128)
    } else {
        (b.len() as u128, a.len() as u128)
    };
    // Jaccard ≤ small / large, so below 0.6 neither rule can pass: skip the merge.
    if small < MIN_SHINGLES as u128 || small * 5 < large * 3 {
        return false;
    }
    let common = intersection(a, b) as u128;
    let union = small + large - common;
    common * 5 >= union * 4 || common * 10 >= small * 9
}

/// Disjoint sets whose root is always the lowest index, so that a group's root is its
/// first article whatever order the unions come in.
struct UnionFind(Vec<usize>);

impl UnionFind {
    fn new(n: usize) -> Self {
        Self((0..n).collect())
    }

    fn find(&mut self, mut i: usize) -> usize {
        while self.0[i] != i {
            self.0[i] = self.0[self.0[i]];
            i = self.0[i];
        }
        i
    }

    fn union(&mut self, i: usize, j: usize) {
        let (ri, rj) = (self.find(i), self.find(j));
        let (low, high) = if ri < rj { (ri, rj) } else { (rj, ri) };
        self.0[high] = low;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SPRING_RAIL: [&str; 5] = [
        "本报北京2月1日电（记者王晓明）记者从中国国家铁路集团有限公司获悉：春运第一周，全国铁路累计发送旅客六千二百万人次，同比增长百分之八点三，运输秩序总体平稳。今年春运，铁路部门在北京、上海、广州等客流集中的车站增开临时旅客列车，最大限度满足返乡需求。",
        "为方便旅客出行，各地车站普遍推行电子客票和刷脸进站，候车大厅设置了母婴室、重点旅客服务台和充电设施。郑州东站一名值班站长介绍，今年车站新增自助取票机四十台，高峰时段每小时可服务旅客一万余人。",
        "针对务工人员集中返乡的特点，铁路部门联合人力资源社会保障部门开行务工专列，组织团体票预售，让农民工兄弟不用排队就能拿到车票。在成都、重庆、贵阳等地，首批务工专列已于上月底发车。",
        "记者在广州南站看到，志愿者身穿红马甲，在进站口为老人和带孩子的旅客提供引导服务。来自湖南的旅客李女士说，今年买票比往年顺利多了，在手机上候补购票，两天后就收到了购票成功的短信。",
        "据预测，节前客流高峰将在二月二日前后出现，铁路部门将根据售票情况动态调整运力安排，确保广大旅客平安有序出行、温暖回家过年。",
    ];

    /// Another story on the same topic, the same day, sharing stock phrases with the first.
    const SPRING_ROAD: [&str; 4] = [
        "本报北京2月1日电（记者张丽）交通运输部今天发布消息，春运第一周，全国道路客运累计发送旅客二亿三千万人次，民航运送旅客一千二百万人次。春运期间，各地交通运输部门加强客运站安全检查，严查超员、超速和疲劳驾驶。",
        "在高速公路服务区，不少地方增设了临时停车位和加油设施，并安排医护人员值守。江西一处服务区负责人说，节前自驾返乡车辆明显增多，服务区每天接待车辆超过两万辆次。",
        "民航方面，各大机场延长了值机柜台开放时间，航空公司增加了飞往三亚、哈尔滨、昆明等旅游城市的航班。有关负责人提醒，春节前后天气多变，旅客出行前要及时关注航班动态。",
        "交通运输部有关负责人表示，将会同铁路部门、公安交管部门做好运输组织衔接，确保广大旅客平安有序出行、温暖回家过年。",
    ];

    fn rail() -> String {
        SPRING_RAIL.join("\n")
    }

    /// The rail story reprinted with a kicker line and its third paragraph dropped.
    fn rail_trimmed() -> String {
        let mut lines = vec!["——来自春运一线的报道"];
        lines.extend(
            SPRING_RAIL
                .iter()
                .enumerate()
                .filter(|(i, _)| *i != 2)
                .map(|(_, p)| *p),
        );
        lines.join("\n")
    }

    fn road() -> String {
        SPRING_ROAD.join("\n")
    }

    fn run(bodies: &[String]) -> Vec<Option<u32>> {
        duplicate_of(&bodies.iter().map(String::as_str).collect::<Vec<_>>())
    }

    #[test]
    fn duplicates_exact_reprint_is_linked() {
        assert_eq!(run(&[road(), rail(), rail()]), [None, None, Some(1)]);
    }

    #[test]
    fn duplicates_reprint_differing_in_whitespace_is_linked() {
        let reflowed = format!(
            "\u{3000}\u{3000}{}\r\n",
            rail().replace('\n', "\r\n\u{3000}\u{3000}")
        );
        assert_eq!(run(&[rail(), reflowed]), [None, Some(0)]);
    }

    #[test]
    fn duplicates_trimmed_reprint_with_a_line_added_is_linked() {
        let (a, b) = (shingle_set(&rail()), shingle_set(&rail_trimmed()));
        let common = intersection(&a, &b);
        let jaccard = common as f64 / (a.len() + b.len() - common) as f64;
        // Below the Jaccard rule: the containment rule is what links it.
        assert!(jaccard < 0.8, "jaccard {jaccard}");
        assert_eq!(
            run(&[rail(), road(), rail_trimmed()]),
            [None, None, Some(0)]
        );
        // The reprint may come first.
        assert_eq!(run(&[rail_trimmed(), rail()]), [None, Some(0)]);
    }

    #[test]
    fn duplicates_two_stories_on_one_topic_are_not_linked() {
        let (a, b) = (shingle_set(&rail()), shingle_set(&road()));
        assert!(intersection(&a, &b) > 10, "the stories share stock phrases");
        assert!(!same_story(&a, &b));
        assert_eq!(run(&[rail(), road()]), [None, None]);
    }

    #[test]
    fn duplicates_a_quoted_paragraph_is_not_the_story() {
        // Wholly contained, but a fifth of the story: a summary, not a reprint.
        assert_eq!(run(&[rail(), SPRING_RAIL[0].to_string()]), [None, None]);
    }

    #[test]
    fn duplicates_empty_and_short_bodies_never_link() {
        let short = [
            "",
            "",
            "广告",
            "广告",
            "本版制图：蔡华伟",
            "本版制图：蔡华伟",
            "\n\n",
            "\n\n",
        ];
        let bodies: Vec<String> = short.iter().map(|s| s.to_string()).collect();
        assert!(run(&bodies).iter().all(Option::is_none));
        // 49 characters: one short of the floor, even repeated.
        let almost: String = SPRING_RAIL[0].chars().take(49).collect();
        assert_eq!(run(&[almost.clone(), almost]), [None, None]);
        // Long but degenerate: a rule line repeats a single shingle.
        let rule = "━".repeat(500);
        assert_eq!(run(&[rule.clone(), rule]), [None, None]);
        // 50 characters is enough.
        let fifty: String = SPRING_RAIL[0].chars().take(50).collect();
        assert_eq!(run(&[fifty.clone(), fifty]), [None, Some(0)]);
    }

    #[test]
    fn duplicates_group_of_three_links_to_its_first() {
        // c repeats b (a credit line added), b repeats a (trimmed): all point at a.
        let c = format!("{}\n（本报记者 王晓明 李强）", rail_trimmed());
        let bodies = [road(), rail(), rail_trimmed(), c, road()];
        assert_eq!(run(&bodies), [None, None, Some(1), Some(1), Some(0)]);
        // Whatever the order, the earliest member is the root.
        let bodies = [
            rail_trimmed(),
            road(),
            format!("{}\n（本报记者 王晓明 李强）", rail_trimmed()),
            rail(),
        ];
        assert_eq!(run(&bodies), [None, None, Some(0), Some(0)]);
    }

    #[test]
    fn duplicates_output_is_deterministic() {
        let mut bodies = Vec::new();
        for k in 0..40 {
            bodies.push(format!("第{k}期\n{}", rail()));
            bodies.push(format!("{}\n第{k}号", road()));
            bodies.push(String::new());
        }
        let first = run(&bodies);
        assert_eq!(run(&bodies), first);
        let one_thread = rayon::ThreadPoolBuilder::new()
            .num_threads(1)
            .build()
            .expect("a thread pool");
        assert_eq!(one_thread.install(|| run(&bodies)), first);
        // The shingle hash is fixed by the xxHash spec and the seed: pin one value so a
        // change of seed or crate that would move links between releases is noticed.
        assert_eq!(shingle_set("春运第一周").len(), 1);
        assert_eq!(
            shingle_set("春运第一周"),
            [XxHash3_64::oneshot_with_seed(
                SHINGLE_SEED,
                "春运第一周".as_bytes()
            )]
        );
        // Every copy of each story joins its first copy.
        for (i, link) in first.iter().enumerate() {
            let want = match (i % 3, i < 3) {
                (2, _) | (_, true) => None,
                (story, false) => Some(story as u32),
            };
            assert_eq!(*link, want, "article {i}");
        }
    }

    #[test]
    fn duplicates_odd_input_does_not_panic() {
        let huge_copy = "中".repeat(200_000);
        let bodies = [
            "",
            "a",
            "\u{0301}\u{0301}\u{0301}\u{0301}\u{0301}\u{0301}",
            "😀😀😀😀😀😀😀😀",
            "\u{feff}\u{200b}\0\0\0\0\0\0",
            &huge_copy,
            &huge_copy,
        ];
        let out = duplicate_of(&bodies);
        assert_eq!(out.len(), bodies.len());
        assert!(duplicate_of(&[]).is_empty());
        for (i, link) in out.iter().enumerate() {
            assert!(link.is_none_or(|j| (j as usize) < i));
        }
    }

    /// The People's Daily, February 2019, when the shared corpus is beside the workspace.
    #[test]
    fn duplicates_on_a_month_of_the_peoples_daily() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../../shared/corpus/rmrb-2019-02");
        if !dir.is_dir() {
            assert!(
                std::env::var_os("CI").is_none(),
                "{} is missing",
                dir.display()
            );
            println!("skipped: {} is missing", dir.display());
            return;
        }
        let mut files = Vec::new();
        let mut days: Vec<_> = std::fs::read_dir(&dir)
            .expect("the corpus folder")
            .map(|e| e.expect("a folder entry").path())
            .filter(|p| p.is_dir())
            .collect();
        days.sort();
        for day in days {
            let mut pages: Vec<_> = std::fs::read_dir(&day)
                .expect("a date folder")
                .map(|e| e.expect("a folder entry").path())
                .filter(|p| p.extension().is_some_and(|e| e == "txt"))
                .collect();
            pages.sort();
            files.extend(pages);
        }
        // The body the simple way: lines 4.. of the file, trimmed, non-blank.
        let bodies: Vec<String> = files
            .iter()
            .map(|f| {
                let text = std::fs::read_to_string(f).expect("a UTF-8 page");
                let lines: Vec<&str> = text
                    .lines()
                    .skip(3)
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .collect();
                lines.join("\n")
            })
            .collect();
        let refs: Vec<&str> = bodies.iter().map(String::as_str).collect();
        let started = std::time::Instant::now();
        let links = duplicate_of(&refs);
        let took = started.elapsed();
        let name = |i: usize| {
            files[i]
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default()
        };
        let root = |i: usize| links[i].map_or(i, |j| j as usize);

        for (i, link) in links.iter().enumerate() {
            if let Some(j) = *link {
                assert!(
                    (j as usize) < i && links[j as usize].is_none(),
                    "star-shaped: {}",
                    name(i)
                );
            }
        }
        // Every exact-body group of 50 characters or more is one linked group.
        let mut by_body: std::collections::BTreeMap<&str, Vec<usize>> = Default::default();
        for (i, b) in refs.iter().enumerate() {
            by_body.entry(b).or_default().push(i);
        }
        let mut exact_groups = 0;
        for (body, members) in &by_body {
            if members.len() < 2 || body.chars().count() < 50 {
                continue;
            }
            exact_groups += 1;
            let first = root(members[0]);
            for &m in members {
                assert_eq!(
                    root(m),
                    first,
                    "{} is not with {}",
                    name(m),
                    name(members[0])
                );
            }
        }
        // The advertisement pages have empty bodies: none links, none is linked to.
        let empty: Vec<usize> = (0..refs.len()).filter(|&i| refs[i].is_empty()).collect();
        assert_eq!(empty.len(), 43);
        for &i in &empty {
            assert!(links[i].is_none() && links.iter().all(|l| *l != Some(i as u32)));
        }

        let reprints = links.iter().filter(|l| l.is_some()).count();
        let firsts: std::collections::BTreeSet<usize> =
            links.iter().flatten().map(|&j| j as usize).collect();
        let in_groups = reprints + firsts.len();
        let share = in_groups as f64 / refs.len() as f64;
        println!(
            "{} files: {} groups, {} files in them ({:.1} %), {} linked to an earlier one; \
             {} exact-body groups of >= 50 chars; {:?} for duplicate_of",
            refs.len(),
            firsts.len(),
            in_groups,
            share * 100.0,
            reprints,
            exact_groups,
            took
        );
        let mut near = 0;
        for (i, link) in links.iter().enumerate() {
            if let Some(j) = link.map(|j| j as usize)
                && refs[i] != refs[j]
            {
                near += 1;
                let (a, b) = (shingle_set(refs[j]), shingle_set(refs[i]));
                let common = intersection(&a, &b);
                println!(
                    "near duplicate: {} -> {}: {} and {} shingles, jaccard {:.3}, containment {:.3}",
                    name(i),
                    name(j),
                    b.len(),
                    a.len(),
                    common as f64 / (a.len() + b.len() - common) as f64,
                    common as f64 / a.len().min(b.len()) as f64
                );
            }
        }
        println!("{near} near (not exact) duplicates");
        assert!(
            (0.05..=0.12).contains(&share),
            "{in_groups} of {} files in groups",
            refs.len()
        );
    }
}
