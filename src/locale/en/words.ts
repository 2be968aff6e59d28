import type { LocaleWords } from '../types.ts';

/** English words the dialog and flows read a message with. */
export const EN_WORDS: LocaleWords = Object.freeze({
  yesTails: ['contact me', 'call me', 'get in touch', 'advisor', 'adviser', 'go ahead', 'please do', 'do it', 'that would be great', 'sounds good', 'thank you', 'thanks'],
  yes: ['yes', 'y', 'yeah', 'yep', 'sure', 'ok', 'okay', 'please', 'yes please', 'please do', 'go ahead', 'do it', 'confirm', 'confirmed', 'correct', "that's right"],
  no: ['no', 'n', 'nope', 'no thanks', 'no thank you', 'not now', 'cancel'],
  ordinals: { middle: -2, first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, last: -1, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, '5th': 5 },
  contactAsks: ['phone number', 'telephone number', 'hotline', 'number to call', 'number can i call', 'contact number', 'contact details', 'how can i call', 'how do i call', 'call you', 'your number'],
  complaints: ['complain', 'complaint', 'unacceptable', 'terrible', 'worst', 'angry', 'furious', 'ridiculous', 'disgrace', 'useless'],
  unhappy: ['still', 'again', 'never', 'nobody', 'waste', 'disappointed', 'frustrat', 'upset', 'awful', 'bad', 'lost', 'late', 'refund'],
  pleased: ['thanks', 'thank you', 'great', 'perfect', 'appreciate'],
  billingActions: {
    dispute: ['dispute', 'wrong', 'overcharg', 'charged twice', 'double charg', 'incorrect', 'refund', 'not right', 'too high', 'never sent', "didn't send", 'did not send', 'never shipped', 'billed for a parcel'],
    pay: ['pay', 'card', 'bank transfer', 'paypal', 'direct debit'],
    view: ['invoice', 'bill', 'statement', 'charges', 'owe', 'balance'],
  },
  carbonMethod: ['how do you calculate', 'how is it calculated', 'how are they calculated', 'how is the carbon', 'how do you work out', 'how do you measure', 'how is this calculated', 'calculation method', 'methodology', 'what is it based on'],
  overdueInvoice: ['overdue', 'past due', 'late invoice', 'late bill'],
  oldestInvoice: ['oldest', 'earliest', 'first one'],
  invoiceReference: {
    due: ['due on', 'due the', 'due by', 'due date', 'that is due', "that's due", 'falls due'],
    issued: ['issued', 'dated', 'issue date', 'invoice date', 'date of issue', 'sent out on'],
    previous: ['the previous one', 'previous one', 'previous invoice', 'the one before', 'one before that', 'the invoice before', 'the earlier one'],
    focus: ['it', 'this one', 'that one', 'this invoice', 'that invoice', 'this bill', 'that bill'],
    because: [' because ', ' since ', ' as we ', ' as it ', ' as the '],
    vague: ['it', 'is', "it's", 'its', 'this', 'that', 'one', 'the', 'a', 'an', 'amount', 'invoice', 'bill', 'wrong', 'incorrect', 'not right', 'seems', 'looks', 'please', 'and', 'there', 'problem', 'issue', 'with', 'something'],
  },
  latestInvoice: ['latest', 'last one', 'last bill', 'last invoice', 'most recent', 'newest'],
  accessActions: {
    signin: ['password', 'log in', 'login', 'sign in', 'locked', 'unlock'],
    link: ['link my', 'link this chat', 'connect my', 'verify my identity'],
    explain: ['how', 'steps', 'sop', 'process', 'who can add', 'who is allowed to add', 'who may add', 'who can invite'],
    mine: ['my role', 'my roles', 'my permission', 'my access', 'roles do i', 'role do i', 'permissions do i', 'access do i', 'am i an admin', 'am i admin', 'what can i do on'],
    // A question about another member's roles, before a change (it names a role too).
    show: ['roles does', 'role does', 'permissions does', 'access does', 'roles has', 'role has'],
    change: ['role', 'permission', 'make ', 'promote', 'demote'],
    remove: ['remove', 'delete', 'revoke', 'take away', 'take off'],
    add: ['add', 'new user', 'invite', 'give', 'grant'],
    list: ['who has', 'who can', 'list', 'users', 'members'],
  },
  newUser: ['add a user', 'add a new user', 'add user', 'add new user', 'invite a user', 'add a colleague', 'add someone'],
  roleNames: {
    View: ['view', 'viewer', 'see'],
    Pay: ['pay', 'payment'],
    Dispute: ['dispute', 'disputes'],
    Admin: ['admin', 'administrator'],
  },
  allRoles: ['all', 'all four', 'every'],
  roleChanges: {
    exact: ['only', 'just', 'change to', 'set to'],
    revoke: ['remove', 'revoke', 'away', 'take off', 'take back', 'without', 'no longer', 'drop'],
    grant: ['give', 'grant', 'add', 'make', 'also', 'promote'],
  },
  roleAdditions: ['too', 'also', 'as well', 'on top', 'in addition'],
  keepMember: ['keep', 'don t remove', 'dont remove', 'do not remove', 'leave her', 'leave him', 'leave them'],
  memberPronouns: ['her', 'him', 'them', 'she', 'he', 'they'],
  deliveryChanges: {
    address: ['address', 'apartment', 'flat number', 'house number', 'zip code', 'postcode'],
    reschedule: ['reschedule', 'redeliver', 'redelivery', 'deliver it on', 'another day', 'try again', 'date'],
    access_point: ['access point', 'locker', 'pick it up', 'collect', 'depot', 'hold'],
    instruction: ['delivery instruction', 'leave instructions', 'instructions for the driver'],
  },
  deliveryInstructions: {
    spots: ['neighbour', 'neighbor', 'back door', 'front door', 'side door', 'porch', 'reception', 'front desk', 'concierge', 'doorman', 'mailroom', 'security desk', 'safe place', 'garage'],
    leads: ['can you please', 'could you please', 'can you', 'could you', 'would you', 'can the driver', 'could the driver', 'tell the driver to', 'ask the driver to', 'i want you to', 'please', 'pls', 'and', 'just'],
    parcels: ['parcel', 'package'],
  },
  allAccounts: {
    answer: ['both', 'all', 'all of them', 'either', 'each', 'every one'],
    request: ['both accounts', 'both my accounts', 'both of my accounts', 'both our accounts', 'both of our accounts', 'all accounts', 'all my accounts', 'all of my accounts', 'all our accounts', 'all of our accounts', 'every account', 'each account', 'either account', 'across my accounts', 'across our accounts'],
  },
});
