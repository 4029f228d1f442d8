//! A recipe card alone as text (session 30, issue 19): a title, its times, a list of ingredients one
//! under the other and then the steps, with no introduction. The list stands above the first prose
//! like a page's header, but its lines are data (a quantity, a label and a number), so the text reads
//! as an article and keeps them. Every text here is made up for this test.

use copydesk::{InputKind, Pipeline};

const CARD_HEAD: &str =
    "Lemon Ricotta Pancakes\nPrep time: 10 minutes\nCook time: 20 minutes\nServes: 4\n";

const INGREDIENTS: [&str; 18] = [
    "2 cups flour",
    "2 tablespoons sugar",
    "1 teaspoon baking powder",
    "1/2 teaspoon baking soda",
    "1/4 teaspoon salt",
    "1 cup ricotta",
    "1 1/4 cups milk",
    "3 eggs",
    "2 lemons, zested",
    "¼ cup lemon juice",
    "3 tablespoons butter, melted",
    "1 teaspoon vanilla extract",
    "1 cup blueberries",
    "2 tablespoons oil",
    "Maple syrup",
    "Powdered sugar",
    "Fresh mint",
    "Whipped cream",
];

const STEPS: [&str; 5] = [
    "Whisk the flour, sugar, baking powder, baking soda and salt together in a large bowl.",
    "In a second bowl, beat the ricotta with the milk, eggs, lemon zest, juice, butter and vanilla until smooth.",
    "Pour the wet ingredients into the dry ones and stir until just combined; a few lumps are fine.",
    "Heat a little oil in a pan over medium heat and pour in a quarter cup of batter for each pancake.",
    "Cook until bubbles form on the surface, then flip and cook for another minute or two until golden.",
];

/// A site's header: a menu of twenty bare section names, one under the other, and a comment count.
const MENU: &str = "Skip to content\nHome\nRecipes\nBreakfast\nLunch\nDinner\nDesserts\nDrinks\nBaking\n\
    Vegetarian\nVegan\nQuick meals\nSeasonal\nTechniques\nKitchen tips\nVideos\nShop\nAbout\nContact\nSubscribe\n\
    2 comments\n";

fn card() -> String {
    let mut text = String::from(CARD_HEAD);
    for line in INGREDIENTS {
        text.push_str(line);
        text.push('\n');
    }
    for step in STEPS {
        text.push_str(step);
        text.push('\n');
    }
    text
}

#[test]
fn a_recipe_card_alone_reads_as_an_article_and_keeps_its_ingredients() {
    let pipeline = Pipeline::builder().build().unwrap();
    let out = pipeline.clean_text(&card()).unwrap();
    let reading = out.input.clone().unwrap();
    assert_eq!(reading.kind, InputKind::Article, "{}", reading.evidence);
    let body = out.body_text();
    for line in INGREDIENTS.iter().chain(&STEPS) {
        assert!(body.contains(line), "{line}");
    }
    for line in ["Prep time: 10 minutes", "Serves: 4"] {
        assert!(body.contains(line), "{line}");
    }
}

#[test]
fn a_menu_of_section_names_above_an_article_still_reads_as_a_page() {
    // The header's lines are bare names (a comment count among them): no data list, so the text keeps
    // its page's header and the menu goes.
    let text = format!("{MENU}\nA weekend of pancakes\n\n{}", STEPS.join("\n\n"));
    let pipeline = Pipeline::builder().build().unwrap();
    let out = pipeline.clean_text(&text).unwrap();
    let reading = out.input.clone().unwrap();
    assert_eq!(reading.kind, InputKind::Page, "{}", reading.evidence);
    let body = out.body_text();
    for step in STEPS {
        assert!(body.contains(step), "{step}");
    }
    for line in ["Skip to content", "Kitchen tips", "Subscribe"] {
        assert!(!body.contains(line), "{line}");
    }
}
