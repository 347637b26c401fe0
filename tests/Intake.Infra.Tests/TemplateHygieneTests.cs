using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Intake.Infra.Tests.Arm;
using Intake.Infra.Tests.Bicep;

namespace Intake.Infra.Tests;

/// <summary>Whole-template rules: no secret can be read or emitted, every parameter is described, azd's inputs line up.</summary>
public partial class TemplateHygieneTests
{
    [Fact]
    public void Template_NeverReadsKeysOrSasTokens()
    {
        // listKeys, listAccountSas, listServiceSas, listConnectionStrings…: none may appear anywhere.
        Assert.DoesNotMatch(ListFunction(), MainTemplate.Json);
    }

    [Fact]
    public void Template_HasNoSecureParametersBecauseItNeedsNoSecrets()
    {
        foreach (var template in AllTemplates(MainTemplate.Template))
        {
            foreach (var (name, parameter) in template["parameters"] as JsonObject ?? [])
            {
                var type = parameter?["type"]?.GetValue<string>() ?? string.Empty;
                Assert.False(type.StartsWith("secure", StringComparison.OrdinalIgnoreCase), $"parameter {name} is {type}");
            }
        }
    }

    [Fact]
    public void EveryParameter_InEveryModule_HasADescription()
    {
        foreach (var template in AllTemplates(MainTemplate.Template))
        {
            foreach (var (name, parameter) in template["parameters"] as JsonObject ?? [])
            {
                var description = parameter?["metadata"]?["description"]?.GetValue<string>();
                Assert.False(string.IsNullOrWhiteSpace(description), $"parameter '{name}' has no @description");
            }
        }
    }

    [Fact]
    public void Outputs_GiveAzdAndTheReadmeWhatTheyNeed_AndNoSecrets()
    {
        var outputs = MainTemplate.Deploy().Outputs;

        foreach (var name in new[]
        {
            "AZURE_STORAGE_ACCOUNT_NAME", "AZURE_STORAGE_BLOB_ENDPOINT", "AZURE_STORAGE_QUEUE_ENDPOINT",
            "AZURE_STORAGE_TABLE_ENDPOINT", "AZURE_FUNCTION_APP_NAME", "AZURE_FUNCTION_APP_URL",
            "INTAKE_CONTAINER_NAME", "REPORTS_CONTAINER_NAME", "DOCUMENT_INTELLIGENCE_ENDPOINT",
        })
        {
            Assert.True(outputs.ContainsKey(name), $"missing output {name}");
        }

        Assert.StartsWith("st", ArmValues.AsString(outputs["AZURE_STORAGE_ACCOUNT_NAME"]), StringComparison.Ordinal);
        Assert.DoesNotContain(outputs, o => Regex.IsMatch(o.Key, "(?i)(key|secret|password|connection_?string)"));
    }

    [Fact]
    public void StorageAccountName_IsAValidGloballyUniqueName()
    {
        var name = MainTemplate.Deploy().Single("Microsoft.Storage/storageAccounts").Name;

        Assert.Matches("^[a-z0-9]{3,24}$", name);
    }

    [Fact]
    public void ParametersFile_OnlySetsParametersMainDeclares()
    {
        var file = JsonNode.Parse(File.ReadAllText(RepositoryLayout.MainParameters))!["parameters"]!.AsObject();
        var declared = MainTemplate.Template["parameters"]!.AsObject();

        Assert.All(file, p => Assert.True(declared.ContainsKey(p.Key), $"main.parameters.json sets unknown parameter {p.Key}"));
        Assert.Equal("${AZURE_ENV_NAME}", file["environmentName"]?["value"]?.GetValue<string>());
        Assert.Equal("${AZURE_LOCATION}", file["location"]?["value"]?.GetValue<string>());
    }

    [Fact]
    public void AzureYaml_ServiceName_MatchesTheFunctionAppsAzdTag()
    {
        var yaml = File.ReadAllLines(RepositoryLayout.AzureYaml);
        var servicesAt = Array.FindIndex(yaml, l => l.TrimEnd() == "services:");
        var service = yaml.Skip(servicesAt + 1).First(l => l.StartsWith("  ", StringComparison.Ordinal) && !l.TrimStart().StartsWith('#')).Trim().TrimEnd(':');
        var site = MainTemplate.Deploy().Single("Microsoft.Web/sites");

        Assert.Equal(service, site.Definition["tags"]?["azd-service-name"]?.GetValue<string>());
        Assert.Contains(yaml, l => l.Trim() == "host: function");
    }

    private static IEnumerable<JsonObject> AllTemplates(JsonObject template)
    {
        yield return template;
        var resources = template["resources"] as JsonArray ?? [];
        foreach (var nested in resources.OfType<JsonObject>().Select(r => (r["properties"] as JsonObject)?["template"]).OfType<JsonObject>())
        {
            foreach (var inner in AllTemplates(nested))
            {
                yield return inner;
            }
        }
    }

    [GeneratedRegex(@"(?i)\blist[a-z]*\(")]
    private static partial Regex ListFunction();
}
