using Intake.Pipeline.Ocr;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Intake.Functions.Tests.Settings;

public sealed class FunctionAppSettingNamesTests
{
    [Fact]
    public void FunctionApp_BadOcrSetting_IsNamedAsTheAppSetting()
    {
        var builder = FunctionsApplication.CreateBuilder([]);
        builder.ConfigureIntakeFunctions();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["DocumentIntelligence:Endpoint"] = "not a url" });
        using var host = builder.Build();

        var error = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IOptions<DocumentIntelligenceOptions>>().Value);

        Assert.StartsWith("app setting DocumentIntelligence__Endpoint must be an absolute https URL", Assert.Single(error.Failures), StringComparison.Ordinal);
    }
}
