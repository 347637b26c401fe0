namespace Intake.Pipeline.Segmentation.Quality;

/// <summary>The clauses of many documents judged by <see cref="ClauseFlaws"/>: how many of each flaw, overall and per document.</summary>
public sealed class SegmentationCheck
{
    private readonly Dictionary<ClauseFlaw, int> _counts = [];
    private readonly List<(string Source, int Clauses, int Flawed)> _documents = [];
    private readonly Dictionary<ClauseFlaw, List<string>> _examples = [];

    public int Clauses { get; private set; }

    public int Flawed => _counts.Where(c => c.Key != ClauseFlaw.None).Sum(c => c.Value);

    public double FlawedShare => Clauses == 0 ? 0 : Flawed / (double)Clauses;

    public IReadOnlyDictionary<ClauseFlaw, int> Counts => _counts;

    public IReadOnlyList<(string Source, int Clauses, int Flawed)> Documents => _documents;

    /// <summary>Up to a few flawed texts per flaw, for the person running the check (never written anywhere else).</summary>
    public IReadOnlyDictionary<ClauseFlaw, List<string>> Examples => _examples;

    public void Add(string source, IReadOnlyList<Clause> clauses, int examplesPerFlaw = 0)
    {
        ArgumentNullException.ThrowIfNull(clauses);
        var flawed = 0;
        foreach (var clause in clauses)
        {
            var flaw = ClauseFlaws.Of(clause.Text);
            _counts[flaw] = _counts.GetValueOrDefault(flaw) + 1;
            if (flaw == ClauseFlaw.None)
            {
                continue;
            }

            flawed++;
            if (examplesPerFlaw > 0)
            {
                var list = _examples.TryGetValue(flaw, out var existing) ? existing : _examples[flaw] = [];
                if (list.Count < examplesPerFlaw)
                {
                    list.Add($"{source} p.{clause.Page}: {clause.Text}");
                }
            }
        }

        Clauses += clauses.Count;
        _documents.Add((source, clauses.Count, flawed));
    }
}
