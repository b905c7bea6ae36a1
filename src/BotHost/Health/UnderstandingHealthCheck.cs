using BuildingBot.Dialogs.Understanding;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BuildingBot.BotHost.Health;

/// <summary>Ready once the understanding model is trained and the dialogs are built (seconds after start-up): before that, messages would wait for them.</summary>
internal sealed class UnderstandingHealthCheck(Recognizer recognizer, UnderstandingWarmUp warmUp) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(recognizer.IsModelReady && warmUp.IsDone
            ? HealthCheckResult.Healthy($"model {recognizer.Model.Version}")
            : HealthCheckResult.Unhealthy("the understanding model is being trained"));
}
