#!/usr/bin/env perl
# Reads .eml files with Perl's Email::MIME and Email::Address::XS (Debian's libemail-mime-perl and
# libemail-address-xs-perl) and checks each one against what it should say: a second, independent
# reader besides Python's. Used by the Swift tests (MailParserTests).
#
# Usage: check-mail.pl FOLDER    (FOLDER/expected.json as for check-mail.py)
# Prints one line per problem and exits 1 when there is any; prints "N mails read" otherwise.
use strict;
use warnings;
use utf8;
use Email::MIME;
use Email::Address::XS;
use Encode qw(decode);
use JSON::PP;

binmode STDOUT, ':encoding(UTF-8)';
my $folder = shift or die "usage: check-mail.pl FOLDER\n";
my %expected;
if (-e "$folder/expected.json") {
    open my $fh, '<:raw', "$folder/expected.json" or die "$folder/expected.json: $!\n";
    local $/;
    %expected = %{ JSON::PP->new->utf8->decode(<$fh>) };
}
my $atext = qr/[A-Za-z0-9!#\$%&'*+\-\/=?^_`{|}~]+/;
my $dot_atom = qr/$atext(?:\.$atext)*/;
my (@problems, $count);
opendir my $dir, $folder or die "$folder: $!\n";
for my $name (sort grep { /\.eml\z/ } readdir $dir) {
    $count++;
    open my $fh, '<:raw', "$folder/$name" or die "$folder/$name: $!\n";
    my $raw = do { local $/; <$fh> };
    my $mime = Email::MIME->new($raw);
    my %got;
    for my $key (qw(From To)) {
        my @values = $mime->header_raw($key);
        if (@values != 1) { push @problems, "$name: " . scalar(@values) . " $key headers"; next }
        my @addresses = Email::Address::XS->parse($values[0]);
        if (@addresses != 1 || !$addresses[0]->is_valid) {
            push @problems, "$name: $key is not one valid mailbox: $values[0]";
            next;
        }
        my $phrase = $addresses[0]->phrase;
        $got{lc($key) . "_name"} = defined $phrase ? decode('MIME-Header', $phrase) : '';
        $got{lc($key) . "_addr"} = $addresses[0]->address;
    }
    my @ids = $mime->header_raw('Message-ID');
    if (@ids != 1 || $ids[0] !~ /\A\s*<$dot_atom\@$dot_atom>\s*\z/) {
        push @problems, "$name: Message-ID is not <dot-atom\@dot-atom>: @ids";
    }
    ($got{message_id} = $ids[0] // '') =~ s/\A\s+|\s+\z//g;
    $got{subject} = $mime->header_str('Subject') // '';
    ($got{body} = $mime->body_str) =~ s/\r\n/\n/g;
    my $want = $expected{$name} or next;
    for my $key (sort keys %$want) {
        my $value = $want->{$key} // '';
        $value =~ s/\r\n/\n/g if $key eq 'body';
        my $seen = $got{$key} // '';
        push @problems, "$name: $key reads '$seen', not '$value'" if $seen ne $value;
    }
}
for my $name (sort keys %expected) {
    push @problems, "$name: expected, not in the folder" unless -e "$folder/$name";
}
print "$_\n" for @problems;
exit 1 if @problems;
print "$count mails read\n";
