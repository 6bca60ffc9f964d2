#include "core/extract/articleextractor.h"

#include "core/extract/eventproposer.h"
#include "core/extract/htmltext.h"
#include "core/extract/quotefinder.h"
#include "core/extract/sentencesplitter.h"
#include "core/extract/timextagger.h"
#include "core/extract/token.h"

namespace dateline::extract {

ArticleExtractor::ArticleExtractor(const CivilDate &creationDate, std::vector<Actor> knownActors)
    : m_dct(creationDate)
    , m_known(std::move(knownActors))
{
}

Extraction ArticleExtractor::run(const QString &text, Input input) const
{
    Extraction x;
    const bool html = input == Input::Html || (input == Input::Detect && HtmlText::looksLikeHtml(text));
    if (html) {
        HtmlText::Result page = HtmlText::convert(text);
        x.text = std::move(page.text);
        x.furniture = std::move(page.furniture);
    } else {
        x.text = text;
    }
    // (the dates and the actors are read from the same tokens, made once)
    const std::vector<Token> tokens = tokenize(x.text);
    x.timexes = TimexTagger(m_dct).tag(x.text, tokens);
    const std::vector<Sentence> sentences = SentenceSplitter::split(x.text);
    x.actors = ActorRecognizer(m_known).recognize(x.text, tokens);
    // "THE HAGUE, Netherlands (AP) — The court ordered …": where the story was filed is not a party to it
    for (const Sentence &s : sentences)
        if (s.datelineEnd > 0)
            std::erase_if(x.actors, [&](const ActorMention &a) { return a.start >= s.start && a.end <= s.datelineEnd; });
    x.quotes = QuoteFinder::find(x.text, sentences, x.actors);
    const EventProposer proposer(calendar::daysFromCivil(m_dct));
    x.events = proposer.propose(x.text, x.timexes, sentences, x.actors, x.quotes, x.furniture);
    return x;
}

} // namespace dateline::extract
