using BuildingBot.Community.Queueing;

namespace BuildingBot.BotHost.Admin;

/// <summary>
/// Where an outbox row stands, as admins see it: the queue's states (<see cref="QueueState"/>), with a pending row that a
/// worker holds a lease on shown as <see cref="InProgress"/> (as /admin/queues counts it).
/// </summary>
internal enum OutboxDeliveryState
{
    Pending,
    InProgress,
    Done,
    DeadLettered,
}
