using Azure.Storage.Blobs;
using Intake.Functions.Tests.Support;
using Intake.Pipeline;
using Intake.Pipeline.Signals.Screening;
using Intake.Pipeline.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Intake.Functions.Tests.Storage;

/// <summary>The function app's screening lists: every CSV blob of a container, reloaded when a blob changes, refused when malformed.</summary>
[Collection(AzuriteGroup.Name)]
public class ScreeningListBlobTests(AzuriteFixture azurite)
{
    private const string Orion = "name,aliases,country,list,reason\n\"Orion Tech Co., Ltd.\",Orion Technologies,XX,End User List,\n";

    private BlobContainerClient NewContainer() =>
        new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient("screening-" + Guid.NewGuid().ToString("N")[..12]);

    private static BlobScreeningListSource Source(BlobContainerClient container, TimeProvider time, TimeSpan refresh) =>
        new(container, new ScreeningOptions { Container = container.Name, RefreshInterval = refresh }, time, NullLogger<BlobScreeningListSource>.Instance);

    private static async Task Upload(BlobContainerClient container, string name, string csv) =>
        await container.GetBlobClient(name).UploadAsync(BinaryData.FromString(csv), overwrite: true);

    [Fact]
    public async Task GetAsync_NoContainer_MeansNoList()
    {
        using var source = Source(NewContainer(), TimeProvider.System, TimeSpan.Zero);

        Assert.False((await source.GetAsync()).IsConfigured);
    }

    [Fact]
    public async Task GetAsync_EveryCsvBlob_IsAList_AndOtherBlobsAreIgnored()
    {
        var container = NewContainer();
        await container.CreateAsync();
        await Upload(container, "eul.csv", Orion);
        await Upload(container, "us/entity-list.CSV", "name\nKestrel Optronics\n");
        await Upload(container, "README.txt", "not a list");
        using var source = Source(container, TimeProvider.System, TimeSpan.Zero);

        var lists = await source.GetAsync();

        Assert.Equal([$"{container.Name}/eul.csv", $"{container.Name}/us/entity-list.CSV"], lists.Lists.Select(l => l.Source));
        Assert.Equal(2, lists.EntryCount);
    }

    [Fact]
    public async Task GetAsync_ReplacedBlob_IsReloadedAfterTheRefreshInterval()
    {
        var container = NewContainer();
        await container.CreateAsync();
        await Upload(container, "eul.csv", Orion);
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-12-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        using var source = Source(container, time, TimeSpan.FromSeconds(30));
        var first = await source.GetAsync();

        await Upload(container, "eul.csv", Orion + "Kestrel Optronics,,,,\n");
        var cached = await source.GetAsync();
        time.Advance(TimeSpan.FromSeconds(31));
        var reloaded = await source.GetAsync();
        time.Advance(TimeSpan.FromSeconds(31));
        var unchanged = await source.GetAsync();

        Assert.Same(first, cached);
        Assert.Equal(2, reloaded.EntryCount);
        Assert.Same(reloaded, unchanged);
    }

    [Fact]
    public async Task GetAsync_MalformedBlob_ThrowsNamingTheBlobAndLine_UntilItIsFixed()
    {
        var container = NewContainer();
        await container.CreateAsync();
        await Upload(container, "eul.csv", "name,aliases\nGood Co.,\n,no name\n");
        using var source = Source(container, TimeProvider.System, TimeSpan.Zero);

        var exception = await Assert.ThrowsAsync<ScreeningListException>(async () => await source.GetAsync());
        Assert.Contains($"{container.Name}/eul.csv, line 3", exception.Message, StringComparison.Ordinal);

        await Upload(container, "eul.csv", Orion);
        Assert.Equal(1, (await source.GetAsync()).EntryCount);
    }

    [Fact]
    public void AddIntakeStorage_ReadsTheConfiguredScreeningContainer()
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["IntakeStorage:ConnectionString"] = azurite.ConnectionString,
                ["Screening:Container"] = "lists-under-test",
            }).Build());
        services.AddIntakePipeline(); // first, as the hosts do: its "no list" default must give way to the container
        services.AddIntakeStorage();
        using var provider = services.BuildServiceProvider();

        Assert.IsType<BlobScreeningListSource>(provider.GetRequiredService<IScreeningListSource>());
        Assert.Equal("lists-under-test", provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<ScreeningOptions>>().Value.Container);
    }
}
