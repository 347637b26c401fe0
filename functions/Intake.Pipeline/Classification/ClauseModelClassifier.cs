using Intake.Pipeline.Classification.Model;
using Intake.Pipeline.Evidence;
using Intake.Pipeline.Segmentation;

namespace Intake.Pipeline.Classification;

/// <summary>
/// The classification seam backed by the trained clause model. The model is loaded once and is
/// immutable, so one instance serves every thread; a batch is scored in parallel.
/// </summary>
public sealed class ClauseModelClassifier : IClauseClassifier
{
    // Below this a batch is scored on the calling thread: parallelism costs more than it saves.
    private const int ParallelBatch = 64;

    private readonly int _evidenceTerms;

    public ClauseModelClassifier(ClauseModel model, int evidenceTerms = 3)
    {
        Model = model ?? throw new ArgumentNullException(nameof(model));
        _evidenceTerms = Math.Max(0, evidenceTerms);
    }

    public ClauseModel Model { get; }

    public string? ModelVersion => Model.Version;

    public IReadOnlyList<ClauseClassification> Classify(IReadOnlyList<Clause> clauses)
    {
        ArgumentNullException.ThrowIfNull(clauses);
        var results = new ClauseClassification[clauses.Count];
        if (clauses.Count < ParallelBatch)
        {
            for (var i = 0; i < clauses.Count; i++)
            {
                results[i] = Classify(clauses[i]);
            }
        }
        else
        {
            Parallel.For(0, clauses.Count, i => results[i] = Classify(clauses[i]));
        }

        return results;
    }

    /// <summary>Every label's probability for one text, in model order (for <c>intake classify --all-scores</c>).</summary>
    public IReadOnlyList<(string Label, float Score, bool Decided)> Scores(string text, string? heading)
    {
        var probabilities = Model.Predict(text, heading);
        return [.. Model.Labels.Select((l, i) => (l.Label, probabilities[i], probabilities[i] >= l.Threshold))];
    }

    private ClauseClassification Classify(Clause clause)
    {
        if (string.IsNullOrWhiteSpace(clause.Text))
        {
            return new ClauseClassification([]);
        }

        // Scored once: explaining a decided label reuses the clause's and its sentences' features.
        var scored = Model.Score(clause.Text, clause.Heading);
        var probabilities = scored.Probabilities;
        List<LabelPrediction>? decided = null;
        for (var l = 0; l < probabilities.Count; l++)
        {
            var label = Model.Labels[l];
            if (probabilities[l] >= label.Threshold)
            {
                decided ??= [];
                decided.Add(Explained(clause, scored, label.Label, l, probabilities[l]));
            }
        }

        return new ClauseClassification(decided is null ? [] : decided);
    }

    // The clause's own words that decided the label (whole words, with offsets), not the model's n-grams.
    private LabelPrediction Explained(Clause clause, ScoredClause scored, string label, int labelIndex, float score)
    {
        if (_evidenceTerms == 0)
        {
            return new LabelPrediction(label, score, []);
        }

        var pick = EvidenceFinder.Pick(clause.Text, clause.Heading, scored.Contributions(labelIndex), _evidenceTerms);
        var spans = pick.Terms.Select(t => t with { DocumentOffset = clause.Offset + t.Offset }).ToList();
        IReadOnlyList<string> evidence = [.. spans.Select(t => t.Text), .. pick.HeadingTerms.Select(h => "heading: " + h)];
        return new LabelPrediction(label, score, evidence) { Spans = spans, HeadingTerms = pick.HeadingTerms };
    }
}
