/// Article pages written for the main-content tests: one story (invented, in English or French) wrapped in the
/// furniture news sites put around it, one kind of boilerplate per fixture.
enum ArticlePages {
    /// The story's paragraphs, in order.
    static let paragraphs = [
        "The city council approved a budget of 4.2 million euros for the new tram line on Tuesday, after a debate that lasted more than six hours.",
        "According to the transport office, the line will carry about 18,000 passengers a day once it opens in 2028, twice the current bus traffic.",
        "Opponents argued that the route leaves out the northern districts, where a third of the residents do not own a car.",
        "The mayor said a second phase would be studied next year and promised a public consultation before any decision.",
    ]

    static let paragraphsFR = [
        "Le conseil municipal a voté mardi un budget de 4,2 millions d’euros pour la nouvelle ligne de tramway, après un débat de plus de six heures.",
        "Selon le service des transports, la ligne accueillera environ 18 000 voyageurs par jour à son ouverture en 2028, soit le double du trafic actuel des bus.",
        "Les opposants estiment que le tracé oublie les quartiers nord, où un tiers des habitants n’ont pas de voiture.",
        "Le maire a annoncé qu’une seconde phase serait étudiée l’an prochain, après une concertation publique.",
    ]

    /// The story as its paragraphs joined like extracted text.
    static var expected: String { paragraphs.joined(separator: "\n\n") }

    static func p(_ texts: [String]) -> String {
        texts.map { "<p>\($0)</p>" }.joined(separator: "\n")
    }

    /// A page: `head` extra, then `before`, the article element holding `inside` and the paragraphs, then `after`.
    static func page(
        title: String = "Council approves the tram budget",
        head: String = "",
        before: String = "",
        articleStart: String = "",
        articleEnd: String = "",
        after: String = "",
        paragraphs: [String] = paragraphs,
        lang: String = "en"
    ) -> String {
        """
        <!DOCTYPE html><html lang="\(lang)"><head><meta charset="utf-8"><title>\(title) | The Daily Example</title>
        <meta property="og:title" content="\(title)">\(head)</head>
        <body><header class="site-header"><a href="/">The Daily Example</a><nav><a href="/news">News</a>
        <a href="/sport">Sport</a><a href="/culture">Culture</a></nav></header>
        \(before)
        <main><article><h1>\(title)</h1>
        \(articleStart)
        <div class="article-body">
        \(p(paragraphs))
        </div>
        \(articleEnd)
        </article>
        \(after)
        </main>
        <footer><p>The Daily Example, 1 Example Street. Contact us, terms of use, privacy.</p></footer>
        </body></html>
        """
    }

    /// Six teasers of other stories, the way a home page or a section front lists them.
    static let teasers = (1...6).map { number in
        """
        <article class="teaser"><h2><a href="/story-\(number)">Story number \(number) is the headline of a teaser</a></h2>
        <p>A one-line summary of story number \(number), written to make the reader click through to it.</p></article>
        """
    }.joined(separator: "\n")
}
