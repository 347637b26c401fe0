using Intake.Pipeline.Classification.Features;

namespace Intake.Pipeline.Classification.Model;

/// <summary>
/// A clause scored for every label (<see cref="ClauseModel.Score"/>), holding the features and raw scores of
/// the clause and of each of its sentences so that explaining a label featurises nothing again.
/// </summary>
/// <remarks>
/// Explaining used to featurise the clause and its sentences once to score, once more per decided label to
/// find the deciding sentence, and twice more for that sentence's vector and n-gram places; for Japanese
/// every one of those walks runs the dictionary word break. The results are the same, computed once.
/// </remarks>
public sealed class ScoredClause
{
    private readonly ClauseModel _model;
    private readonly string _text;
    private readonly (int Index, int Start, int Length, bool Heading)[] _headingSpans;
    private readonly float[] _probabilities;
    private readonly ScoredPart _whole;
    private readonly IReadOnlyList<(int Start, int Length)> _sentences;
    private ScoredPart[]? _sentenceParts;

    internal ScoredClause(
        ClauseModel model,
        string text,
        (int Index, int Start, int Length, bool Heading)[] headingSpans,
        float[] probabilities,
        ScoredPart whole,
        IReadOnlyList<(int Start, int Length)> sentences,
        ScoredPart[]? sentenceParts)
    {
        _model = model;
        _text = text;
        _headingSpans = headingSpans;
        _probabilities = probabilities;
        _whole = whole;
        _sentences = sentences;
        _sentenceParts = sentenceParts;
    }

    /// <summary>Calibrated probabilities, one per label in model order, pooled over the sentences as <see cref="ClauseModel.Predict(string, string?)"/> does.</summary>
    public IReadOnlyList<float> Probabilities => _probabilities;

    /// <summary>
    /// Where a label's score came from: the window (the clause, or the sentence whose probability for the
    /// label is strictly the highest, the first such) and every feature of it that pushed the label up
    /// (value × weight &gt; 0), each once, at its first position in the window's (or heading's) normalised text.
    /// </summary>
    public LabelContributions Contributions(int labelIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(labelIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(labelIndex, _probabilities.Length);
        var window = Window(labelIndex);
        return new LabelContributions(window.Start, window.Length, _model.Pushes(window, labelIndex));
    }

    private ScoredPart Window(int labelIndex)
    {
        if (!_model.Manifest.SentencePooling)
        {
            return _whole;
        }

        var best = _whole;
        var bestScore = _model.Calibrate(labelIndex, _whole.Raw[labelIndex]);
        foreach (var sentence in SentenceParts())
        {
            var score = _model.Calibrate(labelIndex, sentence.Raw[labelIndex]);
            if (score > bestScore)
            {
                bestScore = score;
                best = sentence;
            }
        }

        return best;
    }

    // Scoring featurises the sentences only when there are two or more. A lone sentence that is the whole
    // text scores exactly as the clause and can never beat it; one trimmed of spaces is featurised here.
    private ScoredPart[] SentenceParts()
    {
        if (_sentenceParts is null)
        {
            var parts = new List<ScoredPart>(_sentences.Count);
            var cutFrom = ClauseModel.SentenceSource(_text, _whole);
            foreach (var (start, length) in _sentences)
            {
                if (start != 0 || length != _text.Length)
                {
                    parts.Add(_model.Part(_text, start, length, _headingSpans, cutFrom));
                }
            }

            _sentenceParts = [.. parts];
        }

        return _sentenceParts;
    }
}

/// <summary>One featurised stretch of a clause (start and length in the clause) with its raw score per label and each feature's weight row.</summary>
internal sealed record ScoredPart(int Start, int Length, FeaturizedText Features, float[] Raw, int[] Rows);
