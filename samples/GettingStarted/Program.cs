using GettingStarted;

var classifier = new ReviewSentimentClassifier();
string[] reviews =
[
    "Great phone, fast delivery, would recommend!",
    "Arrived broken and support was slow. I want a refund.",
    "It is a phone.",
];

foreach (var review in reviews)
{
    Console.WriteLine($"{classifier.Score(review),5:+0.00;-0.00; 0.00}  {review}");
}

var digest = new ReviewDigest();
Console.WriteLine($"Prompt for a language model: {digest.Prompt(reviews).Count} messages");
Console.WriteLine(await digest.SummariseAsync(reviews, classifier.Score));

var refunds = new RefundAssistant();
Console.WriteLine(await refunds.DraftReplyAsync("A-1042", reviews[1]));
