#!/usr/bin/env python3
"""Writes the charset fixtures of tests/charset.rs: each page in a legacy encoding (NAME.html) beside its
UTF-8 reference (NAME.utf8.html), and cases.tsv (file, Content-Type or -, expected encoding, expected source);
where the text reads the same in two encodings (KOI8-R and KOI8-U), either is accepted: "A|B".

The texts are written for these fixtures. Run from this directory: python3 make_fixtures.py
"""

TEXTS = {
    "ru-weather": ("ru", "Ливень затопил улицы в центре города", [
        "Вчера вечером в центре города прошёл сильный ливень. Из-за подтопления нескольких улиц движение "
        "транспорта было затруднено до позднего вечера.",
        "Городские службы сообщили, что к утру все дороги открыты, а жителям рекомендовали не оставлять "
        "автомобили у обочин. Синоптики обещают, что на следующей неделе погода станет теплее и суше.",
    ]),
    "ru-library": ("ru", "Библиотека будет работать дольше", [
        "Местная библиотека объявила о продлении часов работы в зимний период. Теперь читальный зал будет "
        "открыт до десяти вечера по будням.",
        "По словам директора, решение принято после опроса читателей, большинство из которых работают днём. "
        "Кроме того, в библиотеке появится новый раздел с книгами на иностранных языках.",
    ]),
    "ja-weather": ("ja", "市内で大雨、道路が一時通行止め", [
        "昨日の夕方、市内の中心部で大雨が降り、いくつかの道路が一時的に通行止めになりました。"
        "市の担当者によりますと、けが人はいないということです。",
        "気象台は、今週末にかけて再び強い雨が降るおそれがあるとして、注意を呼びかけています。",
    ]),
    "ja-library": ("ja", "図書館、冬の開館時間を延長へ", [
        "地元の図書館は、冬の間の開館時間を延長すると発表しました。平日は午後十時まで閲覧室を利用できるようになります。",
        "館長は、利用者へのアンケートの結果を受けて決めたと話しています。また、外国語の本を集めた新しいコーナーも設けられる予定です。",
    ]),
    "ko-weather": ("ko", "시내 폭우로 도로 통제", [
        "어제 저녁 시내 중심가에 폭우가 쏟아져 일부 도로의 통행이 한때 통제되었습니다. "
        "시 관계자는 인명 피해는 없다고 밝혔습니다.",
        "기상청은 이번 주말에도 강한 비가 내릴 수 있다며 시민들에게 각별한 주의를 당부했습니다.",
    ]),
    "zh-hans-weather": ("zh-CN", "市中心突降暴雨 多条道路暂停通行", [
        "昨天傍晚，市中心突降暴雨，多条道路一度暂停通行。市政部门表示，此次降雨没有造成人员伤亡。",
        "气象台提醒市民，本周末仍可能出现强降雨天气，请大家注意出行安全，尽量避免在低洼路段停车。",
    ]),
    "zh-hans-library": ("zh-CN", "图书馆冬季延长开放时间", [
        "图书馆宣布冬季延长开放时间，工作日阅览室将开放至晚上十点。馆长表示，这一决定是根据读者问卷调查作出的。",
        "此外，图书馆还将开设外文图书专区。古籍部收藏的“𠮷”等罕见字写本也将首次对外展出。",
    ]),
    "zh-hant-weather": ("zh-TW", "市中心突降暴雨 多條道路暫停通行", [
        "昨天傍晚，市中心突降暴雨，多條道路一度暫停通行。市政部門表示，此次降雨沒有造成人員傷亡。",
        "氣象台提醒市民，本週末仍可能出現強降雨天氣，請大家注意出行安全，盡量避免在低窪路段停車。",
    ]),
    "cs-weather": ("cs", "Silný déšť uzavřel ulice v centru", [
        "Včera večer zasáhl centrum města silný déšť a několik ulic bylo na čas uzavřeno. "
        "Podle mluvčího radnice nebyl nikdo zraněn.",
        "Meteorologové varují, že o víkendu mohou přijít další vydatné srážky, a doporučují řidičům "
        "zvýšenou opatrnost. Ještě dnes odpoledne budou hasiči čerpat vodu ze sklepů.",
    ]),
    "pl-weather": ("pl", "Ulewa sparaliżowała centrum miasta", [
        "Wczoraj wieczorem nad centrum miasta przeszła gwałtowna ulewa. Kilka ulic zostało zamkniętych, "
        "a kierowcy musieli szukać objazdów.",
        "Służby miejskie poinformowały, że nikt nie został ranny. Synoptycy zapowiadają, że w weekend "
        "pogoda się poprawi, choć możliwe są jeszcze przelotne opady.",
    ]),
    "el-weather": ("el", "Ισχυρή νεροποντή στο κέντρο της πόλης", [
        "Χθες το απόγευμα σημειώθηκε ισχυρή νεροποντή στο κέντρο της πόλης και αρκετοί δρόμοι έκλεισαν "
        "προσωρινά. Σύμφωνα με τον δήμο, δεν υπήρξαν τραυματισμοί.",
        "Η μετεωρολογική υπηρεσία προειδοποιεί ότι το Σαββατοκύριακο αναμένονται νέες έντονες "
        "βροχοπτώσεις και συνιστά στους οδηγούς να είναι ιδιαίτερα προσεκτικοί.",
    ]),
    "tr-weather": ("tr", "Sağanak yağış şehir merkezinde trafiği durdurdu", [
        "Dün akşam şehir merkezinde etkili olan sağanak yağış nedeniyle bazı yollar geçici olarak trafiğe "
        "kapatıldı. Belediyeden yapılan açıklamada yaralanan olmadığı bildirildi.",
        "Meteoroloji, hafta sonu yeniden kuvvetli yağış beklendiğini duyurarak sürücüleri dikkatli olmaya "
        "çağırdı. Dükkân sahipleri ise su basan işyerlerini temizlemeye başladı.",
    ]),
}

# (file, text, Python codec, how the charset is declared, label, expected encoding, expected source)
CASES = [
    ("ru-windows-1251-meta", "ru-weather", "cp1251", "meta", "windows-1251", "windows-1251", "Meta"),
    ("ru-windows-1251-undeclared", "ru-library", "cp1251", None, None, "windows-1251", "Detected"),
    ("ru-windows-1251-late-meta", "ru-library", "cp1251", "late-meta", "cp1251", "windows-1251", "Meta"),
    ("ru-koi8-r-http-equiv", "ru-library", "koi8_r", "http-equiv", "koi8-r", "KOI8-R", "Meta"),
    ("ru-koi8-r-undeclared", "ru-weather", "koi8_r", None, None, "KOI8-R|KOI8-U", "Detected"),
    ("ja-shift_jis-content-type", "ja-weather", "shift_jis", "content-type", "x-sjis", "Shift_JIS", "ContentType"),
    ("ja-shift_jis-undeclared", "ja-library", "shift_jis", None, None, "Shift_JIS", "Detected"),
    ("ja-euc-jp-meta", "ja-library", "euc_jp", "meta", "EUC-JP", "EUC-JP", "Meta"),
    ("ja-euc-jp-undeclared", "ja-weather", "euc_jp", None, None, "EUC-JP", "Detected"),
    ("ko-euc-kr-content-type", "ko-weather", "euc_kr", "content-type", "ks_c_5601-1987", "EUC-KR", "ContentType"),
    ("ko-euc-kr-undeclared", "ko-weather", "euc_kr", None, None, "EUC-KR", "Detected"),
    ("zh-gbk-meta", "zh-hans-weather", "gbk", "meta", "gb2312", "GBK", "Meta"),
    ("zh-gbk-undeclared", "zh-hans-weather", "gbk", None, None, "GBK", "Detected"),
    ("zh-gb18030-content-type", "zh-hans-library", "gb18030", "content-type", "GB18030", "gb18030", "ContentType"),
    ("zh-big5-meta", "zh-hant-weather", "big5", "http-equiv", "big5", "Big5", "Meta"),
    ("zh-big5-undeclared", "zh-hant-weather", "big5", None, None, "Big5", "Detected"),
    ("cs-iso-8859-2-content-type", "cs-weather", "iso8859_2", "content-type", "iso-8859-2", "ISO-8859-2", "ContentType"),
    ("cs-iso-8859-2-undeclared", "cs-weather", "iso8859_2", None, None, "ISO-8859-2", "Detected"),
    ("pl-iso-8859-2-meta", "pl-weather", "iso8859_2", "meta", "latin2", "ISO-8859-2", "Meta"),
    ("el-iso-8859-7-meta", "el-weather", "iso8859_7", "meta", "greek", "ISO-8859-7", "Meta"),
    ("el-iso-8859-7-undeclared", "el-weather", "iso8859_7", None, None, "ISO-8859-7|windows-1253", "Detected"),
    ("tr-iso-8859-9-content-type", "tr-weather", "iso8859_9", "content-type", "latin5", "windows-1254", "ContentType"),
    ("tr-iso-8859-9-undeclared", "tr-weather", "iso8859_9", None, None, "windows-1254", "Detected"),
]

LATE_SCRIPT = "<script>\n" + "".join(f"  window.slot{i} = {{ id: {i}, lazy: true }};\n" for i in range(40)) + "</script>\n"


def page(text_key, declare, label):
    lang, title, paras = TEXTS[text_key]
    head = ""
    if declare == "meta":
        head = f'<meta charset="{label}">\n'
    elif declare == "http-equiv":
        head = f"<META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset={label}'>\n"
    elif declare == "late-meta":
        head = f"<!-- <meta charset=utf-8> -->\n{LATE_SCRIPT}<meta content=\"text/html; charset={label}\" http-equiv=content-type>\n"
    body = "".join(f"<p>{p}</p>\n" for p in paras)
    return (f"<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n{head}<title>{title}</title>\n</head>\n"
            f"<body>\n<article>\n<h1>{title}</h1>\n{body}</article>\n</body>\n</html>\n")


def main():
    rows = ["# file\tcontent-type\tencoding\tsource"]
    for name, text_key, codec, declare, label, encoding, source in CASES:
        html = page(text_key, declare, label)
        with open(f"{name}.html", "wb") as f:
            f.write(html.encode(codec))
        with open(f"{name}.utf8.html", "w", encoding="utf-8") as f:
            f.write(html)
        content_type = f"text/html; charset={label}" if declare == "content-type" else "-"
        rows.append(f"{name}.html\t{content_type}\t{encoding}\t{source}")
    with open("cases.tsv", "w", encoding="utf-8") as f:
        f.write("\n".join(rows) + "\n")


if __name__ == "__main__":
    main()
