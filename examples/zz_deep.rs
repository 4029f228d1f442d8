fn main() {
    let depth: usize = std::env::args().nth(1).unwrap().parse().unwrap();
    let page = format!("{}<h1 class=byline>Deep</h1>{}", "<div>".repeat(depth), "</div>".repeat(depth));
    let t = std::time::Instant::now();
    let html = scraper::Html::parse_document(&page);
    println!("parse {:?}", t.elapsed());
    let t = std::time::Instant::now();
    let n = html.root_element().descendants().count();
    println!("walk {n} {:?}", t.elapsed());
}
