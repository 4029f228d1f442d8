fn main() {
    let dir = std::env::args().nth(1).unwrap();
    let mut paths: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    paths.sort();
    let start = std::time::Instant::now();
    for path in paths {
        let file = if path.is_dir() { path.join("source.html") } else { path.clone() };
        let Ok(bytes) = std::fs::read(&file) else { continue };
        let Ok(decoded) = copydesk::input::decode(&bytes, None) else { println!("{}\tNOT TEXT", path.display()); continue };
        let t = std::time::Instant::now();
        let fields = copydesk::page_metadata_for_tests(&decoded.text);
        let el = t.elapsed();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let show: Vec<String> = fields.iter().filter(|(k, _)| !matches!(*k, "json_ld_body" | "description" | "canonical_url" | "url")).map(|(k, v)| format!("{k}={}", v.as_ref().map(|(v, s)| format!("{:?}<{s}>", v.chars().take(70).collect::<String>())).unwrap_or("-".into()))).collect();
        println!("{name}\t{:?}\t{}", el, show.join(" | "));
    }
    eprintln!("total {:?}", start.elapsed());
}
