namespace BuildingBot.BotHost.StaffConsole.Accounts;

/// <summary>
/// `add-staff &lt;name&gt; --role 社区管理员 [--grid-member &lt;id&gt;] [--wecom-userid &lt;userid&gt;]`: creates a console account and
/// prints its one-time password once (to the terminal, never to a log); the console asks for a new one at the first sign-in.
/// With --wecom-userid the account has no password and signs in through 企业微信 as that member.
/// </summary>
internal static class AddStaffCommand
{
    private const string Usage = "usage: add-staff <name> --role 社区管理员|网格长|网格员|只读 [--grid-member <id>] [--wecom-userid <userid>]";

    public static bool IsAddStaff(string[] args) => args is ["add-staff", ..];

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(args);
        var name = args.Length > 1 && !args[1].StartsWith("--", StringComparison.Ordinal) ? args[1] : null;
        var role = Option(args, "--role");
        if (name is null || role is null)
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var (password, problems) = await scope.ServiceProvider.GetRequiredService<StaffAccounts>()
            .CreateAsync(name, role, Option(args, "--grid-member"), Option(args, "--wecom-userid"), CancellationToken.None);
        if (password is null && problems.Count == 0)
        {
            Console.WriteLine($"Created the {role} account '{name}'. It has no password: it signs in at /console with 企业微信登录 as WeCom userid {Option(args, "--wecom-userid")}.");
            return 0;
        }

        if (password is null)
        {
            Console.Error.WriteLine($"No account was created for '{name}':");
            foreach (var problem in problems)
            {
                Console.Error.WriteLine($"  {problem}");
            }

            return 1;
        }

        Console.WriteLine($"Created the {role} account '{name}'. Sign in at /console with this one-time password (it must be changed at the first sign-in):");
        Console.WriteLine($"one-time password: {password}");
        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
