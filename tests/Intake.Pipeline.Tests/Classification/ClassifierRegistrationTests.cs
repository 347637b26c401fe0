using Intake.Pipeline.Classification;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Pipeline.Tests.Classification;

public sealed class ClassifierRegistrationTests
{
    private static IClauseClassifier Resolve(string modelPath)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Model:Path"] = modelPath })
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddIntakePipeline();
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IClauseClassifier>();
    }

    [Fact]
    public void AddIntakePipeline_NoModelFile_FallsBackToNoModelClassifier()
    {
        var classifier = Resolve(Path.Combine(Path.GetTempPath(), "no-such-model-" + Guid.NewGuid().ToString("N") + ".zip"));

        Assert.IsType<NoModelClassifier>(classifier);
        Assert.Null(classifier.ModelVersion);
    }

    [Fact]
    public void AddIntakePipeline_ModelFile_UsesTheModel()
    {
        var classifier = Resolve(ShippedModel.Path);

        var model = Assert.IsType<ClauseModelClassifier>(classifier);
        Assert.Equal(ShippedModel.Model.Version, model.ModelVersion);
    }
}
