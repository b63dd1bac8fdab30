import type { Translation } from '../i18n/catalogue';

/** The market section of the idea page. YES and NO are the outcomes' names, the same in Welsh. */
export const marketEn = {
  heading: 'Market',
  notFloated: 'This idea has no market yet.',
  summary: {
    question: 'Will this idea be implemented?',
    chanceCaption: 'chance of YES: what the market thinks of this idea’s chances',
    lastChanceCaption: 'chance of YES when the market settled',
    status: 'Market',
    open: 'Open',
    settled: 'Settled',
    paidYes: 'On {{date}} the board implemented the idea: each YES share paid {{amount}}, NO shares paid nothing.',
    paidNo: 'On {{date}} the board rejected the idea: each NO share paid {{amount}}, YES shares paid nothing.',
    yesPrice: 'Price of a YES share',
    noPrice: 'Price of a NO share',
    perShare: '{{amount}} a share',
    volume: 'Traded',
    volumeValue_one: '{{amount}} in {{count}} trade',
    volumeValue_other: '{{amount}} in {{count}} trades',
  },
  chart: {
    heading: 'Price history',
    title: 'Chance of YES over time',
    description: 'The chance of YES went from {{from}} on {{start}} to {{to}} on {{end}}.',
    noPrices: 'No prices are recorded yet.',
    chanceAxis: 'Chance of YES',
    timeAxis: 'Date and time',
    now: 'Now',
    showData: 'Show the data',
    tableCaption: 'Chance of YES after each trade, oldest first',
    when: 'Date and time',
    chance: 'Chance of YES',
    yesPrice: 'Price of a YES share',
  },
  position: {
    heading: 'Your position',
    none: 'You hold no shares in this market.',
    caption: 'Your shares in this market, valued at today’s price',
    outcome: 'Outcome',
    shares: 'Shares',
    value: 'Value',
  },
  trade: {
    heading: 'Trade',
    signInToTrade: '<signInLink>Sign in</signInLink> to buy or sell shares in this idea.',
    boardMayNotTrade: 'Board members decide whether ideas are implemented, so they do not trade in this instance’s markets.',
    adminMayNotTrade:
      'Admins appoint the board that decides whether ideas are implemented, so they do not trade in this instance’s markets.',
    requote: 'Get a new quote',
    side: {
      legend: 'Do you want to buy or sell?',
      buy: 'Buy shares',
      sell: 'Sell shares',
    },
    outcome: {
      legend: 'Which outcome?',
      yesHint: 'The idea will be implemented: each YES share pays 1.00 if it is.',
      noHint: 'The idea will not be implemented: each NO share pays 1.00 if it is rejected.',
      held: 'You hold {{held}} of these shares.',
    },
    buyBy: {
      legend: 'How do you want to buy?',
      spend: 'By the amount to spend',
      shares: 'By the number of shares',
    },
    amount: {
      spend: {
        label: 'Amount to spend, in {{currency}}',
        hint: 'For example, 10 or 12.50',
      },
      shares: {
        label: 'Number of shares',
        hint: 'For example, 10 or 2.5',
      },
      sell: {
        label: 'Number of shares to sell',
        hint: 'For example, 10 or 2.5',
      },
    },
    slippage: {
      legend: 'How far may the price move before your trade is refused?',
      hintBuy:
        'Prices change as others trade. If the cost rises by more than this before your trade goes through, it is refused and nothing is spent.',
      hintSell:
        'Prices change as others trade. If what you receive falls by more than this before your trade goes through, it is refused and nothing is sold.',
    },
    submit: {
      buy: 'Buy shares',
      sell: 'Sell shares',
    },
    quote: {
      heading: 'Quote at today’s price',
      prompt: 'Choose an outcome and enter an amount to see what the trade would do.',
      working: 'Working out the quote…',
      sharesBought: 'You get',
      sharesSold: 'You sell',
      shares: '{{shares}} {{outcome}} shares',
      cost: 'It costs',
      proceeds: 'You receive',
      priceAfter: 'Chance of YES after the trade',
      priceAfterValue: '{{chance}} ({{price}} a YES share)',
      maxCost: 'Most it may cost',
      minProceeds: 'Least you may receive',
    },
    done: {
      bought: 'You bought {{shares}} {{outcome}} shares for {{amount}}',
      sold: 'You sold {{shares}} {{outcome}} shares for {{amount}}',
      after: 'Your wallet now holds {{balance}}. The chance of YES is now {{chance}}.',
    },
    errors: {
      outcomeMissing: 'Choose YES or NO',
      amountMissing: {
        spend: 'Enter an amount to spend',
        shares: 'Enter a number of shares',
        sell: 'Enter a number of shares to sell',
      },
      amountInvalid: {
        spend: 'Enter an amount to spend, like 10 or 12.50',
        shares: 'Enter a number of shares, like 10 or 2.5',
        sell: 'Enter a number of shares to sell, like 10 or 2.5',
      },
      sellingTooMany: 'You can sell up to {{held}} {{outcome}} shares',
      insufficientFunds: 'You do not have enough for this trade: your wallet holds {{balance}}. Spend less or buy fewer shares.',
      priceMoved:
        'The price moved by more than the {{percent}}% you allowed before your trade went through, so nothing was traded. Get a new quote and try again.',
      marketClosed: 'This market has settled, so it no longer trades.',
      forbidden: 'Board members decide whether ideas are implemented, so they cannot trade in this instance’s markets.',
      notFound: 'This idea’s market could not be found.',
    },
  },
};

export const marketCy: Translation<typeof marketEn> = {
  heading: 'Marchnad',
  notFloated: 'Nid oes marchnad i’r syniad hwn eto.',
  summary: {
    question: 'A fydd y syniad hwn yn cael ei roi ar waith?',
    chanceCaption: 'siawns YES: barn y farchnad am obeithion y syniad hwn',
    lastChanceCaption: 'siawns YES pan setlodd y farchnad',
    status: 'Marchnad',
    open: 'Ar agor',
    settled: 'Wedi setlo',
    paidYes: 'Ar {{date}} rhoddodd y bwrdd y syniad ar waith: talodd pob cyfran YES {{amount}}, ni thalodd cyfrannau NO ddim.',
    paidNo: 'Ar {{date}} gwrthododd y bwrdd y syniad: talodd pob cyfran NO {{amount}}, ni thalodd cyfrannau YES ddim.',
    yesPrice: 'Pris cyfran YES',
    noPrice: 'Pris cyfran NO',
    perShare: '{{amount}} y gyfran',
    volume: 'Wedi’i fasnachu',
    volumeValue: '{{amount}} mewn {{count}} masnach',
  },
  chart: {
    heading: 'Hanes prisiau',
    title: 'Siawns YES dros amser',
    description: 'Aeth siawns YES o {{from}} ar {{start}} i {{to}} ar {{end}}.',
    noPrices: 'Nid oes prisiau wedi’u cofnodi eto.',
    chanceAxis: 'Siawns YES',
    timeAxis: 'Dyddiad ac amser',
    now: 'Nawr',
    showData: 'Dangos y data',
    tableCaption: 'Siawns YES ar ôl pob masnach, yr hynaf yn gyntaf',
    when: 'Dyddiad ac amser',
    chance: 'Siawns YES',
    yesPrice: 'Pris cyfran YES',
  },
  position: {
    heading: 'Eich sefyllfa',
    none: 'Nid oes gennych gyfrannau yn y farchnad hon.',
    caption: 'Eich cyfrannau yn y farchnad hon, wedi’u prisio ar bris heddiw',
    outcome: 'Canlyniad',
    shares: 'Cyfrannau',
    value: 'Gwerth',
  },
  trade: {
    heading: 'Masnachu',
    signInToTrade: '<signInLink>Mewngofnodwch</signInLink> i brynu neu werthu cyfrannau yn y syniad hwn.',
    boardMayNotTrade:
      'Aelodau’r bwrdd sy’n penderfynu a gaiff syniadau eu rhoi ar waith, felly nid ydynt yn masnachu ym marchnadoedd yr achos hwn.',
    adminMayNotTrade:
      'Gweinyddwyr sy’n penodi’r bwrdd sy’n penderfynu a gaiff syniadau eu rhoi ar waith, felly nid ydynt yn masnachu ym marchnadoedd yr achos hwn.',
    requote: 'Cael dyfynbris newydd',
    side: {
      legend: 'Ydych chi am brynu neu werthu?',
      buy: 'Prynu cyfrannau',
      sell: 'Gwerthu cyfrannau',
    },
    outcome: {
      legend: 'Pa ganlyniad?',
      yesHint: 'Bydd y syniad yn cael ei roi ar waith: mae pob cyfran YES yn talu 1.00 os felly.',
      noHint: 'Ni fydd y syniad yn cael ei roi ar waith: mae pob cyfran NO yn talu 1.00 os caiff ei wrthod.',
      held: 'Mae gennych {{held}} o’r cyfrannau hyn.',
    },
    buyBy: {
      legend: 'Sut ydych chi am brynu?',
      spend: 'Yn ôl y swm i’w wario',
      shares: 'Yn ôl nifer y cyfrannau',
    },
    amount: {
      spend: {
        label: 'Swm i’w wario, mewn {{currency}}',
        hint: 'Er enghraifft, 10 neu 12.50',
      },
      shares: {
        label: 'Nifer y cyfrannau',
        hint: 'Er enghraifft, 10 neu 2.5',
      },
      sell: {
        label: 'Nifer y cyfrannau i’w gwerthu',
        hint: 'Er enghraifft, 10 neu 2.5',
      },
    },
    slippage: {
      legend: 'Faint gaiff y pris symud cyn i’ch masnach gael ei gwrthod?',
      hintBuy:
        'Mae prisiau’n newid wrth i eraill fasnachu. Os bydd y gost yn codi mwy na hyn cyn i’ch masnach fynd drwodd, caiff ei gwrthod ac ni chaiff dim ei wario.',
      hintSell:
        'Mae prisiau’n newid wrth i eraill fasnachu. Os bydd yr hyn a gewch yn gostwng mwy na hyn cyn i’ch masnach fynd drwodd, caiff ei gwrthod ac ni chaiff dim ei werthu.',
    },
    submit: {
      buy: 'Prynu cyfrannau',
      sell: 'Gwerthu cyfrannau',
    },
    quote: {
      heading: 'Dyfynbris ar bris heddiw',
      prompt: 'Dewiswch ganlyniad a rhowch swm i weld beth fyddai’r fasnach yn ei wneud.',
      working: 'Wrthi’n cyfrifo’r dyfynbris…',
      sharesBought: 'Rydych yn cael',
      sharesSold: 'Rydych yn gwerthu',
      shares: '{{shares}} o gyfrannau {{outcome}}',
      cost: 'Mae’n costio',
      proceeds: 'Rydych yn derbyn',
      priceAfter: 'Siawns YES ar ôl y fasnach',
      priceAfterValue: '{{chance}} ({{price}} y gyfran YES)',
      maxCost: 'Y mwyaf y gall ei gostio',
      minProceeds: 'Y lleiaf y gallwch ei dderbyn',
    },
    done: {
      bought: 'Rydych wedi prynu {{shares}} o gyfrannau {{outcome}} am {{amount}}',
      sold: 'Rydych wedi gwerthu {{shares}} o gyfrannau {{outcome}} am {{amount}}',
      after: 'Mae gan eich waled {{balance}} bellach. Siawns YES nawr yw {{chance}}.',
    },
    errors: {
      outcomeMissing: 'Dewiswch YES neu NO',
      amountMissing: {
        spend: 'Rhowch swm i’w wario',
        shares: 'Rhowch nifer o gyfrannau',
        sell: 'Rhowch nifer o gyfrannau i’w gwerthu',
      },
      amountInvalid: {
        spend: 'Rhowch swm i’w wario, fel 10 neu 12.50',
        shares: 'Rhowch nifer o gyfrannau, fel 10 neu 2.5',
        sell: 'Rhowch nifer o gyfrannau i’w gwerthu, fel 10 neu 2.5',
      },
      sellingTooMany: 'Gallwch werthu hyd at {{held}} o gyfrannau {{outcome}}',
      insufficientFunds:
        'Nid oes gennych ddigon ar gyfer y fasnach hon: mae gan eich waled {{balance}}. Gwariwch lai neu prynwch lai o gyfrannau.',
      priceMoved:
        'Symudodd y pris fwy na’r {{percent}}% a ganiatawyd gennych cyn i’ch masnach fynd drwodd, felly ni fasnachwyd dim. Cewch ddyfynbris newydd a rhowch gynnig arall arni.',
      marketClosed: 'Mae’r farchnad hon wedi setlo, felly nid yw’n masnachu mwyach.',
      forbidden:
        'Aelodau’r bwrdd sy’n penderfynu a gaiff syniadau eu rhoi ar waith, felly ni allant fasnachu ym marchnadoedd yr achos hwn.',
      notFound: 'Nid oedd modd dod o hyd i farchnad y syniad hwn.',
    },
  },
};
