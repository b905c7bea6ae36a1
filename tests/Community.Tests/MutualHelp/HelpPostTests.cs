using BuildingBot.Community.MutualHelp;

namespace BuildingBot.Community.Tests.MutualHelp;

public class HelpPostTests
{
    private const int Poster = 1;
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private static HelpPost Need(DateTimeOffset? when = null) =>
        HelpPost.Create(7, "HZ1", HelpKind.Need, Poster, "帮忙接一下孩子", null, when, "小区门口", Now, TimeSpan.FromDays(3));

    [Fact]
    public void Create_ExpiresAtTheTimeAskedFor_OrAfterTheDefault_WhenNoTimeWasSaid()
    {
        Assert.Equal(Now.AddHours(30), Need(Now.AddHours(30)).ExpiresAt);
        Assert.Equal(Now.AddDays(3), Need().ExpiresAt);
        Assert.Equal(Now.AddDays(3), Need(Now.AddHours(-1)).ExpiresAt);
    }

    [Fact]
    public void Answer_Refuses_WhenThePosterAnswersTheirOwnPost_OrAnswersTwice()
    {
        var post = Need();
        Assert.Equal(HelpRefusal.OwnPost, post.Answer(Poster, Now));
        Assert.Null(post.Answer(2, Now));
        Assert.Equal(HelpRefusal.AlreadyAnswered, post.Answer(2, Now));
        Assert.Equal(1, Assert.Single(post.Responses).Sequence);
    }

    [Fact]
    public void Decide_AcceptsOneHelper_AndTellsTheOthersItIsTaken()
    {
        var post = Need();
        post.Answer(2, Now);
        post.Answer(3, Now);
        post.TakeDomainEvents();

        Assert.Equal(HelpRefusal.NotYours, post.Decide(2, 1, agree: true, Now));
        Assert.Null(post.Decide(Poster, 2, agree: true, Now));

        Assert.Equal((HelpStatus.Matched, 3), (post.Status, post.PartnerResidentId));
        Assert.Equal([HelpResponseStatus.Taken, HelpResponseStatus.Accepted], post.Responses.Select(r => r.Status));
        Assert.Equal(HelpEventKind.Accepted, Assert.IsType<HelpPostChanged>(Assert.Single(post.TakeDomainEvents())).Kind);
        Assert.Equal(HelpRefusal.Taken, post.Decide(Poster, 1, agree: true, Now));
        Assert.Equal(HelpRefusal.Taken, post.Answer(4, Now));
    }

    [Fact]
    public void Confirm_IsTheAskersOnly_AndHappensOnce()
    {
        var post = Need();
        Assert.Equal(HelpRefusal.NotMatched, post.Confirm(Poster, Now));
        post.Answer(2, Now);
        post.Decide(Poster, null, agree: true, Now);

        Assert.Equal(HelpRefusal.NotYours, post.Confirm(2, Now));
        Assert.Null(post.Confirm(Poster, Now));
        Assert.Equal(HelpRefusal.AlreadyDone, post.Confirm(Poster, Now));
        Assert.Equal((HelpStatus.Done, 2), (post.Status, post.HelperResidentId));
    }

    [Fact]
    public void Offer_HasTheNeighbourWhoAskedAsAsker_AndThePosterAsHelper()
    {
        var offer = HelpPost.Create(7, "HZ2", HelpKind.Offer, Poster, "修电脑", null, null, null, Now, TimeSpan.FromDays(3));
        offer.Answer(5, Now);
        offer.Decide(Poster, 1, agree: true, Now);

        Assert.Equal(HelpRefusal.NotYours, offer.Confirm(Poster, Now));
        Assert.Null(offer.Confirm(5, Now));
        Assert.Equal(Poster, offer.HelperResidentId);
    }

    [Fact]
    public void Hide_MakesAPostUnanswerable_UntilStaffRestoreIt()
    {
        var post = Need();
        Assert.Null(post.Hide());
        Assert.Equal(HelpRefusal.NotOpen, post.Answer(2, Now));
        Assert.Null(post.Restore());
        Assert.Null(post.Answer(2, Now));
        Assert.Null(post.Hide());
        Assert.Null(post.Remove());
        Assert.Equal((HelpStatus.Removed, HelpRefusal.NotHidden), (post.Status, post.Restore()));
    }

    [Fact]
    public void Expire_ClosesOnlyOpenPostsPastTheirTime()
    {
        var post = Need(Now.AddHours(5));
        Assert.False(post.Expire(Now.AddHours(4)));
        Assert.True(post.Expire(Now.AddHours(5)));
        Assert.False(post.Expire(Now.AddHours(6)));
        Assert.Equal(HelpStatus.Expired, post.Status);

        var matched = Need(Now.AddHours(5));
        matched.Answer(2, Now);
        matched.Decide(Poster, 1, agree: true, Now);
        Assert.False(matched.Expire(Now.AddDays(9)));
        Assert.False(matched.AskConfirmation(Now.AddHours(4)));
        Assert.True(matched.AskConfirmation(Now.AddHours(5)));
        Assert.False(matched.AskConfirmation(Now.AddHours(6)));
    }

    [Fact]
    public void Withdraw_IsThePostersOnly_WhileOpen()
    {
        var post = Need();
        Assert.Equal(HelpRefusal.NotYours, post.Withdraw(2));
        Assert.Null(post.Withdraw(Poster));
        Assert.Equal(HelpRefusal.NotOpen, post.Withdraw(Poster));
    }
}
