namespace Intake.Pipeline.Classification;

/// <summary>Where the clause model is (configuration section <c>Model</c>).</summary>
public sealed class ClauseModelOptions
{
    public const string SectionName = "Model";

    /// <summary>The default: the model shipped in ml-models/, copied next to every host's executable.</summary>
    public const string DefaultPath = "ml-models/clause-model.zip";

    /// <summary>The model zip; a relative path is taken from the executable's folder. Default <see cref="DefaultPath"/>.</summary>
    public string Path { get; set; } = DefaultPath;

    /// <summary>How many n-grams explain each decided label.</summary>
    public int EvidenceTerms { get; set; } = 3;

    public string ResolvedPath() =>
        System.IO.Path.IsPathRooted(Path) ? Path : System.IO.Path.Combine(AppContext.BaseDirectory, Path);
}
