fn main() {
    let dir = std::env::args().nth(1).unwrap();
    let mut rows = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let bytes = std::fs::read(&path).unwrap();
        match copydesk::input::decode(&bytes, None) {
            Ok(d) => {
                std::fs::write(format!("/tmp/scratch/decoded/{}", path.file_name().unwrap().to_string_lossy()), &d.text).unwrap();
                let fffd = d.text.matches('\u{fffd}').count();
                let moji = ["Ã©", "Ã¤", "Ã¶", "Ã¼", "â€™", "â€œ", "Ã¡", "Ã³", "Ð°", "Ð¾", "Ã±", "ã€", "Ã§", "Ã"].iter().map(|m| d.text.matches(m).count()).sum::<usize>();
                rows.push(format!("{}\t{:?}\t{}\terr={}\tfffd={}\tmoji={}", path.file_name().unwrap().to_string_lossy(), d.source, d.encoding, d.had_errors, fffd, moji));
            }
            Err(e) => rows.push(format!("{}\tERROR {}", path.display(), e)),
        }
    }
    rows.sort();
    for r in rows { println!("{r}"); }
}
