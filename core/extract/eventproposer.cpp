#include "core/extract/eventproposer.h"

#include "core/extract/proposalpass.h"

namespace dateline::extract {

EventProposer::EventProposer(std::int64_t creationDay)
    : m_dct(creationDay)
{
}

std::vector<ProposedEvent> EventProposer::propose(const QString &text, const std::vector<Timex> &timexes,
                                                  const std::vector<Sentence> &sentences,
                                                  const std::vector<ActorMention> &actors,
                                                  const std::vector<QuoteMention> &allQuotes,
                                                  const std::vector<TextSpan> &furniture) const
{
    return ProposalPass(*this, m_dct, text, timexes, sentences, actors, allQuotes, furniture).run();
}

} // namespace dateline::extract
