using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Intake.Functions.HostContract;

/// <summary>
/// What the Functions host POSTs to <c>/{FunctionName}</c> for a non-HTTP trigger:
/// <c>{"Data": {binding name: value}, "Metadata": {trigger metadata}}</c>.
/// </summary>
public sealed record InvocationRequest(
    [property: JsonPropertyName("Data")] Dictionary<string, JsonElement>? Data,
    [property: JsonPropertyName("Metadata")] Dictionary<string, JsonElement>? Metadata)
{
    /// <summary>The binding's value; when the name differs but there is exactly one input, that one (a renamed binding must not lose messages).</summary>
    public JsonElement? Binding(string name)
    {
        if (Data is null || Data.Count == 0)
        {
            return null;
        }

        if (Data.TryGetValue(name, out var value))
        {
            return value;
        }

        return Data.Count == 1 ? Data.Values.First() : null;
    }

    /// <summary>A metadata number, which the host may send as a number or as a string.</summary>
    public long? MetadataNumber(string name)
    {
        if (Metadata is null || !Metadata.TryGetValue(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt64(out var number) => number,
            JsonValueKind.String when long.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => null,
        };
    }
}
