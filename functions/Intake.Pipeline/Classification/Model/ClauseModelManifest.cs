namespace Intake.Pipeline.Classification.Model;

/// <summary>
/// What <c>manifest.json</c> in the model zip says: the version, the feature recipe, the label order
/// with each label's decision threshold, and a summary of the data the model was trained on.
/// With <see cref="SentencePooling"/> a clause's score for a label is the highest of the whole clause's
/// and each of its sentences' scores.
/// </summary>
public sealed record ClauseModelManifest(
    string Version,
    string Recipe,
    int HashBits,
    int Seed,
    bool SentencePooling,
    IReadOnlyList<LabelManifest> Labels,
    TrainingSummary Training);

/// <summary>One label's linear model: bias, the Platt calibrator ML.NET fitted, and the threshold chosen on validation.</summary>
public sealed record LabelManifest(
    string Id,
    float Threshold,
    float Bias,
    float PlattSlope,
    float PlattOffset,
    int NonZeroWeights,
    string ThresholdSource);

/// <summary>Counts of the training examples, by source, label and language, and the settings used.</summary>
public sealed record TrainingSummary(
    IReadOnlyDictionary<string, int> ExamplesBySource,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> PositivesByLabelAndLanguage,
    IReadOnlyDictionary<string, string> Settings);
