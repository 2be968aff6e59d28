import type { SpanRoleCues } from '../roleCues.ts';

/** English span-role dictionaries (see ../roleCues.ts). */
export const EN_ROLE_CUES: SpanRoleCues = {
  clauseEnds: '.?!;,:',
  noise: {
    signOffs: [
      'best regards', 'kind regards', 'warm regards', 'regards', 'best wishes', 'sincerely', 'yours sincerely',
      'yours truly', 'cheers', 'many thanks', 'thanks and regards', 'br',
    ],
    marks: ['> ', 'wrote:', 'original message', 'forwarded message', 'sent from my', 'from:', '-- ', '——'],
  },
  location: {
    prefixes: ['customs in', 'customs at'],
    verbs: [
      'stuck', 'sitting', 'sits', 'sat', 'held', 'stranded', 'stopped', 'parked', 'waiting', 'scanned', 'seen',
      'hung up', 'detained', 'lying',
    ],
    copulas: ['is', "it's", 'its', 'was', 'are', 'were', 'still', 'currently', 'now', 'been'],
    prepositions: ['in', 'at'],
    suffixes: [
      'hub', 'facility', 'depot', 'warehouse', 'sort center', 'sorting center', 'sort centre', 'sorting centre',
      'distribution center', 'distribution centre', 'gateway', 'customs', 'airport', 'terminal',
    ],
    stuckLater: [],
    atPrefixes: [],
  },
  newAddress: {
    changeCues: [
      'change the address', 'change the delivery address', 'change my address', 'change the shipping address',
      'new address', 'redirect', 'reroute', 're-route', 'divert', 'forward it', 'deliver it to', 'deliver to',
      'should go to', 'should be delivered', 'instead', 'address is', 'address to',
      'change delivery address', 'change the delivery', 'change delivery', 'change address', 'update the address',
      'update the delivery address', 'update my address',
    ],
    verbs: [
      'redirect', 'reroute', 're-route', 'divert', 'forward', 'deliver', 'go', 'be delivered', 'address is',
      'address to', 'new address', 'address:',
    ],
    streetWords: [
      'street', 'st', 'road', 'rd', 'avenue', 'ave', 'av', 'boulevard', 'blvd', 'lane', 'ln', 'drive', 'dr', 'way',
      'place', 'pl', 'court', 'ct', 'square', 'sq', 'terrace', 'parkway', 'pkwy', 'highway', 'hwy', 'rue', 'strasse',
      'straße', 'suite', 'unit', 'floor', 'apt',
    ],
  },
  dates: {
    delivered: ['delivered', 'arrived', 'signed for', 'received', 'got', 'came', 'dropped off', 'due', 'delivery'],
    shipped: ['sent', 'shipped', 'mailed', 'posted', 'dispatched', 'picked up', 'send', 'ship', 'mail'],
    silent: ['moved', 'move', 'moving', 'updated', 'update', 'updates', 'changed', 'scanned', 'scan', 'stuck', 'sitting', 'sat', 'budged'],
    expected: ['arrive', 'arrives', 'arriving', 'make it', 'get there', 'gets there', 'get here', 'be there', 'be here', 'be delivered', 'land', 'come', 'coming', 'reach'],
    deadline: ['by', 'before', 'no later than', 'not later than', 'in time for'],
    // Not "instead" alone: "no, the one sent on monday instead" corrects a search.
    requested: ['deliver', 'redeliver', 'reschedule', 'bring it', 'can it be delivered', 'could it be delivered', 'have it delivered', 'can they deliver', 'get it delivered'],
    past: ['did', 'was', 'were', 'had', "didn't", 'didnt', "wasn't", 'wasnt'],
    verbSide: 'before',
  },
  asks: {
    when: ['when', 'what day', 'which day', 'what date', 'what time', 'how long until', 'how long till', 'how soon'],
    arrival: ['deliver', 'delivered', 'delivery', 'arrive', 'arrived', 'arriving', 'get there', 'get here', 'reach', 'come', 'land', 'be here', 'be there'],
    deliveryDate: ['eta', 'estimated arrival', 'expected delivery', 'delivery date', 'arrival date', 'estimated delivery'],
    // "show me where the toronto parcel is": an indirect question asks where it is too.
    location: ['where is', "where's", 'wheres', 'where are', 'where r', 'where my', 'where it is', 'whereabouts', 'locate', 'show me where', 'tell me where', 'see where', 'know where', 'check where', 'find out where'],
    speedUp: ['speed it up', 'speed up', 'hurry it up', 'hurry up', 'rush it', 'expedite it', 'get it there faster', 'make it faster', 'any faster',
      // A faster service for a parcel on its way (outside tester round 8, P20).
      'go faster', 'faster service', 'quicker service', 'upgrade it', 'upgrade the service', 'upgrade the shipping'],
    declaredValue: ['declared value', 'declared worth', 'value declared', 'insured value', 'customs value', 'value we declared', 'value i declared'],
    signedBy: ['who signed', 'signed by whom', 'who received', 'who took', 'who accepted', 'who picked up', 'signed by who'],
    status: ['status of', 'status on', "what's the status", 'what is the status'],
    yesNoOpeners: ['has', 'have', 'was', 'were', 'is', 'are', 'did', 'does', 'do', 'will'],
    indirectOpeners: ['if', 'whether'],
    anyOf: ['any', 'anything', 'any of'],
    questionWords: ['where', 'when', 'what', 'which', 'who', 'how', 'why'],
  },
  comparison: {
    firstArrival: [
      'arrives first', 'arrive first', 'arriving first', 'arrives sooner', 'arrive sooner', 'arrives earlier', 'arrive earlier',
      'gets there first', 'get there first', 'gets here first', 'get here first', 'gets in first', 'comes first', 'come first',
      'lands first', 'be delivered first', 'delivered first', 'arrive before', 'arrives before', 'arriving before',
      'get there before', 'gets there before', 'be there before', 'be delivered before',
    ],
    sideJoiners: ['or', 'and', 'vs', 'versus', 'than', 'compared to', 'compared with'],
  },
  looseOriginCues: [],
  purpose: ['so she can', 'so he can', 'so they can', 'so we can', 'so i can', 'so that', 'in order to', 'in order for'],
  otherSubjects: [
    'invoice', 'invoices', 'payment', 'payments', 'refund', 'refunds', 'bill', 'bills', 'charge', 'charges', 'fee',
    'fees', 'claim', 'claims', 'ticket', 'account', 'password', 'card', 'order number', 'complaint', 'request',
  ],
};
