using Intake.Infra.Tests.Arm;

namespace Intake.Infra.Tests;

/// <summary>A role assignment reduced to what matters: which role, on what, for whom.</summary>
/// <param name="Role">Display name of the built-in role.</param>
/// <param name="Target">The scope relative to the resource group, e.g. "storageAccounts/st…/blobServices/default/containers/intake".</param>
/// <param name="Principal">Where the principal id comes from (a runtime reference or a parameter value).</param>
internal sealed record RoleGrant(string Role, string Target, string Principal, string PrincipalType)
{
    public static IReadOnlyList<RoleGrant> From(ExpandedDeployment deployment) =>
        deployment.OfType("Microsoft.Authorization/roleAssignments")
            .Select(r =>
            {
                var roleDefinitionId = r.PropertyString("roleDefinitionId") ?? string.Empty;
                var principal = r.Property("principalId");
                return new RoleGrant(
                    BuiltInRoles.NameOf(roleDefinitionId[(roleDefinitionId.LastIndexOf('/') + 1)..]),
                    ShortScope(r.Scope ?? string.Empty),
                    ArmValues.IsRuntime(principal) ? ArmValues.RuntimeDescription(principal) : ArmValues.AsString(principal),
                    r.PropertyString("principalType") ?? string.Empty);
            })
            .ToList();

    /// <summary>"…/providers/Microsoft.Storage/storageAccounts/st1/blobServices/default/containers/intake" → "containers/intake".</summary>
    public static string ShortScope(string scope)
    {
        var parts = scope.Split('/');
        return parts.Length >= 2 ? $"{parts[^2]}/{parts[^1]}" : scope;
    }
}
