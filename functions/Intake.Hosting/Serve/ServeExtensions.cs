using Intake.Pipeline.Settings;

namespace Intake.Hosting.Serve;

public static class ServeExtensions
{
    /// <summary>Adds the queue workers of <c>intake serve</c> to its web app.</summary>
    public static IServiceCollection AddIntakeQueueWorkers(this IServiceCollection services, Action<QueueWorkerOptions>? configure = null)
    {
        var builder = services.AddOptions<QueueWorkerOptions>().BindConfiguration("Serve");
        if (configure is not null)
        {
            builder.Configure(configure);
        }

        // Only `intake serve` runs these workers, and its --workers option sets the count.
        builder.Validate(o => o.Workers >= 1, $"{SettingNames.Cli.Of("Serve:Workers")} must be at least 1.").ValidateOnStart();
        services.AddSingleton<QueueWorkerService>();
        services.AddHostedService(sp => sp.GetRequiredService<QueueWorkerService>());
        return services;
    }
}
