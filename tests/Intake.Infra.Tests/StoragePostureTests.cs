using Intake.Infra.Tests.Bicep;

namespace Intake.Infra.Tests;

/// <summary>The storage account accepts only Entra ID over TLS 1.2+, serves nothing anonymously, and has every container, queue and table the pipeline uses.</summary>
public class StoragePostureTests
{
    [Fact]
    public void StorageAccount_SharedKeyAccess_IsDisabled()
    {
        var account = MainTemplate.Deploy().Single("Microsoft.Storage/storageAccounts");

        Assert.Equal(false, account.Property("allowSharedKeyAccess")?.GetValue<bool>());
        Assert.Equal(true, account.Property("defaultToOAuthAuthentication")?.GetValue<bool>());
    }

    [Fact]
    public void StorageAccount_PublicBlobAccess_IsDisabled()
    {
        var deployment = MainTemplate.Deploy();
        var account = deployment.Single("Microsoft.Storage/storageAccounts");

        Assert.Equal(false, account.Property("allowBlobPublicAccess")?.GetValue<bool>());
        Assert.All(
            deployment.OfType("Microsoft.Storage/storageAccounts/blobServices/containers"),
            c => Assert.Equal("None", c.PropertyString("publicAccess")));
    }

    [Fact]
    public void StorageAccount_RequiresHttpsAndTls12()
    {
        var account = MainTemplate.Deploy().Single("Microsoft.Storage/storageAccounts");

        Assert.Equal("TLS1_2", account.PropertyString("minimumTlsVersion"));
        Assert.Equal(true, account.Property("supportsHttpsTrafficOnly")?.GetValue<bool>());
    }

    [Fact]
    public void StorageAccount_NoLocalUsersOrSftp()
    {
        var account = MainTemplate.Deploy().Single("Microsoft.Storage/storageAccounts");

        Assert.Equal(false, account.Property("isLocalUserEnabled")?.GetValue<bool>());
        Assert.Equal(false, account.Property("isSftpEnabled")?.GetValue<bool>());
    }

    [Fact]
    public void Containers_AreExactlyThePipelinesAndTheHosts()
    {
        var names = MainTemplate.Deploy().OfType("Microsoft.Storage/storageAccounts/blobServices/containers")
            .Select(c => c.Name.Split('/')[^1]).Order(StringComparer.Ordinal);

        Assert.Equal(["app-package", "azure-webjobs-hosts", "azure-webjobs-secrets", "intake", "intake-deadletter", "reports", "screening-lists"], names);
    }

    [Fact]
    public void Queues_AreTheEventsQueueAndItsPoisonQueue()
    {
        var names = MainTemplate.Deploy().OfType("Microsoft.Storage/storageAccounts/queueServices/queues")
            .Select(q => q.Name.Split('/')[^1]).Order(StringComparer.Ordinal);

        Assert.Equal(["intake-events", "intake-events-poison"], names);
    }

    [Fact]
    public void Tables_AreDocumentsAndFindings()
    {
        var names = MainTemplate.Deploy().OfType("Microsoft.Storage/storageAccounts/tableServices/tables")
            .Select(t => t.Name.Split('/')[^1]).Order(StringComparer.Ordinal);

        Assert.Equal(["documents", "findings"], names);
    }
}
