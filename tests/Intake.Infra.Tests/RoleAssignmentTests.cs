using Intake.Infra.Tests.Bicep;

namespace Intake.Infra.Tests;

/// <summary>
/// The exact set of role assignments: each role on the narrowest scope that works, for the right
/// principal, and nothing else (no account-wide data roles, no Owner, no Contributor).
/// </summary>
public class RoleAssignmentTests
{
    private const string AppIdentity = "reference(/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-intake-test/providers/Microsoft.Resources/deployments/identity).outputs.principalId.value";

    private static readonly (string Role, string Target)[] s_appGrants =
    [
        ("Storage Blob Data Reader", "containers/intake"),
        ("Storage Blob Data Contributor", "containers/reports"),
        ("Storage Blob Data Reader", "containers/screening-lists"),
        ("Storage Blob Data Contributor", "containers/app-package"),
        ("Storage Blob Data Contributor", "containers/azure-webjobs-hosts"),
        ("Storage Blob Data Contributor", "containers/azure-webjobs-secrets"),
        ("Storage Queue Data Reader", "queues/intake-events"),
        ("Storage Queue Data Message Processor", "queues/intake-events"),
        ("Storage Queue Data Message Sender", "queues/intake-events-poison"),
        ("Storage Table Data Contributor", "tables/documents"),
        ("Storage Table Data Contributor", "tables/findings"),
        ("Monitoring Metrics Publisher", "components/appi-*"),
    ];

    [Fact]
    public void AppIdentity_DefaultDeployment_HasExactlyTheRolesThePipelineNeeds()
    {
        var grants = RoleGrant.From(MainTemplate.Deploy()).Where(g => g.Principal == AppIdentity).ToList();

        Assert.Equal(Normalize(s_appGrants), Normalize(grants.Select(g => (g.Role, g.Target))));
        Assert.All(grants, g => Assert.Equal("ServicePrincipal", g.PrincipalType));
    }

    [Fact]
    public void AppIdentity_WithDocumentIntelligence_AlsoGetsCognitiveServicesUserOnThatAccount()
    {
        var grants = RoleGrant.From(MainTemplate.Deploy(("enableDocumentIntelligence", true)))
            .Where(g => g.Principal == AppIdentity).ToList();

        var expected = s_appGrants.Append(("Cognitive Services User", "accounts/di-intake-*"));
        Assert.Equal(Normalize(expected), Normalize(grants.Select(g => (g.Role, g.Target))));
    }

    [Fact]
    public void AppIdentity_ElasticPremiumPlan_HasTheSameRolesAsFlex()
    {
        var flex = RoleGrant.From(MainTemplate.Deploy());
        var premium = RoleGrant.From(MainTemplate.Deploy(("hostingPlan", "ElasticPremium")));

        Assert.Equal(flex.OrderBy(g => g.ToString(), StringComparer.Ordinal), premium.OrderBy(g => g.ToString(), StringComparer.Ordinal));
    }

    [Fact]
    public void EventGridTopic_MaySendToTheEventsQueueAndWriteDeadLetters_Only()
    {
        var grants = RoleGrant.From(MainTemplate.Deploy())
            .Where(g => g.Principal.Contains("Microsoft.EventGrid/systemTopics/", StringComparison.Ordinal)
                && g.Principal.EndsWith(".identity.principalId", StringComparison.Ordinal))
            .ToList();

        Assert.Equal(
            Normalize([("Storage Queue Data Message Sender", "queues/intake-events"), ("Storage Blob Data Contributor", "containers/intake-deadletter")]),
            Normalize(grants.Select(g => (g.Role, g.Target))));
    }

    [Fact]
    public void UserPrincipal_WhenGiven_CanUploadAndReadResults_ButNothingElse()
    {
        const string User = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";

        var grants = RoleGrant.From(MainTemplate.Deploy(("userPrincipalId", User))).Where(g => g.Principal == User).ToList();

        Assert.Equal(
            Normalize(
            [
                ("Storage Blob Data Contributor", "containers/intake"),
                ("Storage Blob Data Reader", "containers/reports"),
                ("Storage Blob Data Contributor", "containers/screening-lists"),
                ("Storage Table Data Reader", "tables/documents"),
                ("Storage Table Data Reader", "tables/findings"),
            ]),
            Normalize(grants.Select(g => (g.Role, g.Target))));
        Assert.All(grants, g => Assert.Equal("User", g.PrincipalType));
    }

    [Fact]
    public void UserPrincipal_WhenEmpty_GetsNoAssignments()
    {
        var principals = RoleGrant.From(MainTemplate.Deploy()).Select(g => g.Principal).Distinct().ToList();

        Assert.All(principals, p => Assert.StartsWith("reference(", p, StringComparison.Ordinal));
    }

    [Fact]
    public void EveryAssignment_IsScopedBelowTheStorageAccountOrToOneResource()
    {
        var deployment = MainTemplate.Deploy(("enableDocumentIntelligence", true), ("userPrincipalId", "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"));

        foreach (var assignment in deployment.OfType("Microsoft.Authorization/roleAssignments"))
        {
            Assert.NotNull(assignment.Scope);
            Assert.DoesNotMatch("/storageAccounts/[^/]+$", assignment.Scope);
            Assert.DoesNotMatch("/resourceGroups/[^/]+$", assignment.Scope);
        }
    }

    [Fact]
    public void EveryAssignment_HasADeterministicGuidName()
    {
        var deployment = MainTemplate.Deploy(("enableDocumentIntelligence", true), ("userPrincipalId", "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"));
        var names = deployment.OfType("Microsoft.Authorization/roleAssignments").Select(r => r.Name).ToList();

        Assert.All(names, n => Assert.True(Guid.TryParse(n, out _), $"role assignment name is not a guid: {n}"));
        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Bicep_EveryRoleAssignment_NamesItsRoleInAComment()
    {
        foreach (var file in RepositoryLayout.BicepFiles())
        {
            var lines = File.ReadAllLines(Path.Combine(RepositoryLayout.InfraDirectory, file));
            for (var i = 0; i < lines.Length; i++)
            {
                if (!lines[i].Contains("'Microsoft.Authorization/roleAssignments@", StringComparison.Ordinal))
                {
                    continue;
                }

                var comment = i > 0 ? lines[i - 1].Trim() : string.Empty;
                Assert.True(
                    comment.StartsWith("//", StringComparison.Ordinal) && comment.Contains(" on ", StringComparison.Ordinal),
                    $"{file}:{i + 1}: role assignment without a '// <Role> on <scope>: why' comment above it");
            }
        }
    }

    private static List<string> Normalize(IEnumerable<(string Role, string Target)> grants) =>
        grants.Select(g => $"{g.Role} @ {Wildcard(g.Target)}").Order(StringComparer.Ordinal).ToList();

    // Generated names (appi-<token>, di-intake-<token>) are compared by their fixed prefix.
    private static string Wildcard(string target) =>
        target.StartsWith("components/appi-", StringComparison.Ordinal) ? "components/appi-*"
        : target.StartsWith("accounts/di-intake-", StringComparison.Ordinal) ? "accounts/di-intake-*"
        : target;
}
