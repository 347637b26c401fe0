using Intake.Pipeline.Scoring;
using Intake.Pipeline.Signals.Parties;
using Intake.Pipeline.Signals.Screening;

namespace Intake.Pipeline.Signals;

/// <summary>The signals of one document: findings from the lists, the parties found, and what screening did.</summary>
public sealed record DocumentSignals(IReadOnlyList<Finding> Findings, IReadOnlyList<Party> Parties, PartyScreening Screening);
