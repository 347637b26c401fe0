using System.Text.Json.Nodes;
using Intake.Infra.Tests.Arm;

namespace Intake.Infra.Tests.Bicep;

/// <summary>infra/main.bicep compiled once per test run, and expanded for given parameters.</summary>
internal static class MainTemplate
{
    private static readonly Lazy<(string Json, JsonObject Template)> s_compiled = new(Compile);

    /// <summary>The compiled ARM JSON text (for whole-template searches).</summary>
    public static string Json => s_compiled.Value.Json;

    public static JsonObject Template => s_compiled.Value.Template;

    /// <summary>The minimal parameters a user gives; everything else takes its default.</summary>
    public static Dictionary<string, JsonNode?> DefaultParameters() => new(StringComparer.OrdinalIgnoreCase)
    {
        ["environmentName"] = "test",
        ["location"] = "japaneast",
    };

    public static ExpandedDeployment Deploy(params (string Name, JsonNode? Value)[] overrides)
    {
        var parameters = DefaultParameters();
        foreach (var (name, value) in overrides)
        {
            parameters[name] = value;
        }

        return ArmDeployment.Expand((JsonObject)Template.DeepClone(), parameters, ArmEnvironment.Default);
    }

    private static (string, JsonObject) Compile()
    {
        // --stdout keeps the checkout clean (no main.json next to main.bicep).
        var run = BicepCli.Run("build", RepositoryLayout.MainBicep, "--stdout");
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"bicep build failed ({run.ExitCode}): {run.StandardError}");
        }

        var template = JsonNode.Parse(run.StandardOutput) as JsonObject
            ?? throw new InvalidOperationException("bicep build produced no JSON object.");
        return (run.StandardOutput, template);
    }
}
