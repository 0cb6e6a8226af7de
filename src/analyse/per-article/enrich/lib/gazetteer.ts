/**
 * Word lists the entity heuristics read. They are general knowledge about
 * English news text (countries, US states, titles of people, words that end
 * the names of organisations), not lists taken from any evaluation set.
 */

/** Countries and territories, as commonly written in English news. */
export const COUNTRIES: readonly string[] = [
  'Afghanistan', 'Albania', 'Algeria', 'Andorra', 'Angola', 'Argentina', 'Armenia', 'Australia',
  'Austria', 'Azerbaijan', 'Bahamas', 'Bahrain', 'Bangladesh', 'Barbados', 'Belarus', 'Belgium',
  'Belize', 'Benin', 'Bhutan', 'Bolivia', 'Bosnia', 'Botswana', 'Brazil', 'Brunei', 'Bulgaria',
  'Burkina Faso', 'Burma', 'Burundi', 'Cambodia', 'Cameroon', 'Canada', 'Chad', 'Chile', 'China',
  'Colombia', 'Congo', 'Costa Rica', 'Croatia', 'Cuba', 'Cyprus', 'Czech Republic', 'Denmark',
  'Djibouti', 'Dominican Republic', 'Ecuador', 'Egypt', 'El Salvador', 'England', 'Eritrea',
  'Estonia', 'Ethiopia', 'Fiji', 'Finland', 'France', 'Gabon', 'Gambia', 'Georgia', 'Germany',
  'Ghana', 'Greece', 'Greenland', 'Guatemala', 'Guinea', 'Guyana', 'Haiti', 'Honduras',
  'Hong Kong', 'Hungary', 'Iceland', 'India', 'Indonesia', 'Iran', 'Iraq', 'Ireland', 'Israel',
  'Italy', 'Ivory Coast', 'Jamaica', 'Japan', 'Jordan', 'Kazakhstan', 'Kenya', 'Kosovo', 'Kuwait',
  'Kyrgyzstan', 'Laos', 'Latvia', 'Lebanon', 'Lesotho', 'Liberia', 'Libya', 'Liechtenstein',
  'Lithuania', 'Luxembourg', 'Madagascar', 'Malawi', 'Malaysia', 'Maldives', 'Mali', 'Malta',
  'Mauritania', 'Mauritius', 'Mexico', 'Moldova', 'Monaco', 'Mongolia', 'Montenegro', 'Morocco',
  'Mozambique', 'Myanmar', 'Namibia', 'Nepal', 'Netherlands', 'New Zealand', 'Nicaragua', 'Niger',
  'Nigeria', 'North Korea', 'Norway', 'Oman', 'Pakistan', 'Palestine', 'Panama',
  'Papua New Guinea', 'Paraguay', 'Peru', 'Philippines', 'Poland', 'Portugal', 'Puerto Rico',
  'Qatar', 'Romania', 'Russia', 'Rwanda', 'Saudi Arabia', 'Scotland', 'Senegal', 'Serbia',
  'Sierra Leone', 'Singapore', 'Slovakia', 'Slovenia', 'Somalia', 'South Africa', 'South Korea',
  'South Sudan', 'Spain', 'Sri Lanka', 'Sudan', 'Suriname', 'Sweden', 'Switzerland', 'Syria',
  'Taiwan', 'Tajikistan', 'Tanzania', 'Thailand', 'Tibet', 'Togo', 'Tonga', 'Trinidad', 'Tunisia',
  'Turkey', 'Turkmenistan', 'Uganda', 'Ukraine', 'United Arab Emirates', 'United Kingdom',
  'United States', 'Uruguay', 'Uzbekistan', 'Venezuela', 'Vietnam', 'Wales', 'Yemen', 'Zambia',
  'Zimbabwe', 'U.S.', 'US', 'USA', 'U.K.', 'UK', 'Britain', 'Great Britain', 'America', 'UAE',
  'Gaza', 'West Bank', 'Crimea', 'Kashmir', 'Chechnya', 'Darfur', 'Kurdistan',
];

/** Continents, regions and seas. */
export const REGIONS: readonly string[] = [
  'Africa', 'Asia', 'Europe', 'North America', 'South America', 'Latin America', 'Antarctica',
  'Middle East', 'Caribbean', 'Balkans', 'Scandinavia', 'Arctic', 'Pacific', 'Atlantic',
  'Mediterranean', 'Gulf', 'Persian Gulf', 'Red Sea', 'Black Sea', 'Caspian Sea', 'Indian Ocean',
  'Pacific Ocean', 'Atlantic Ocean', 'Sahara', 'Himalayas', 'Alps', 'West Asia', 'East Asia',
  'Southeast Asia', 'South Asia', 'Central Asia', 'Western Europe', 'Eastern Europe', 'Midwest',
  'Silicon Valley', 'Bay Area', 'Southern California', 'Northern California',
];

/** US states, Canadian provinces and Australian states. */
export const STATES: readonly string[] = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware',
  'Florida', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana',
  'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri',
  'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York',
  'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island',
  'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia',
  'Washington', 'West Virginia', 'Wisconsin', 'Wyoming', 'Ontario', 'Quebec', 'British Columbia',
  'Alberta', 'Manitoba', 'Nova Scotia', 'New South Wales', 'Queensland', 'Victoria', 'Tasmania',
  'Western Australia', 'Bavaria', 'Catalonia', 'Sicily', 'Punjab', 'Bengal', 'Kerala',
];

/** Abbreviations of US states written after a town ("Rancho Mirage, Calif."). */
export const STATE_ABBREVIATIONS: readonly string[] = [
  'Ala.', 'Ariz.', 'Ark.', 'Calif.', 'Colo.', 'Conn.', 'Del.', 'Fla.', 'Ga.', 'Ill.', 'Ind.',
  'Kan.', 'Ky.', 'La.', 'Md.', 'Mass.', 'Mich.', 'Minn.', 'Miss.', 'Mo.', 'Mont.', 'Neb.', 'Nev.',
  'N.H.', 'N.J.', 'N.M.', 'N.Y.', 'N.C.', 'N.D.', 'Okla.', 'Ore.', 'Pa.', 'R.I.', 'S.C.', 'S.D.',
  'Tenn.', 'Tex.', 'Vt.', 'Va.', 'Wash.', 'Wis.', 'Wyo.', 'D.C.',
];

/** Large cities that news text names without their country. */
export const CITIES: readonly string[] = [
  'Abu Dhabi', 'Accra', 'Addis Ababa', 'Aleppo', 'Amman', 'Amsterdam', 'Ankara', 'Athens',
  'Atlanta', 'Auckland', 'Baghdad', 'Baltimore', 'Bangkok', 'Barcelona', 'Basra', 'Beijing',
  'Beirut', 'Belfast', 'Belgrade', 'Berlin', 'Bogota', 'Boston', 'Brasilia', 'Brussels',
  'Bucharest', 'Budapest', 'Buenos Aires', 'Cairo', 'Calcutta', 'Kolkata', 'Cape Town', 'Caracas',
  'Chicago', 'Copenhagen', 'Dallas', 'Damascus', 'Delhi', 'New Delhi', 'Denver', 'Detroit',
  'Dhaka', 'Doha', 'Dubai', 'Dublin', 'Edinburgh', 'Frankfurt', 'Geneva', 'Glasgow', 'Hamburg',
  'Hanoi', 'Havana', 'Helsinki', 'Hollywood', 'Honolulu', 'Houston', 'Islamabad', 'Istanbul',
  'Jakarta', 'Jerusalem', 'Johannesburg', 'Kabul', 'Karachi', 'Kathmandu', 'Khartoum', 'Kiev',
  'Kyiv', 'Kinshasa', 'Kuala Lumpur', 'Lagos', 'Lahore', 'Las Vegas', 'Lima', 'Lisbon', 'London',
  'Los Angeles', 'Madrid', 'Manchester', 'Manila', 'Marseille', 'Mecca', 'Melbourne',
  'Mexico City', 'Miami', 'Milan', 'Minsk', 'Mogadishu', 'Montreal', 'Moscow', 'Mosul', 'Mumbai',
  'Bombay', 'Munich', 'Nairobi', 'Naples', 'New Orleans', 'Oslo', 'Ottawa', 'Paris', 'Perth',
  'Philadelphia', 'Phoenix', 'Prague', 'Pyongyang', 'Rio de Janeiro', 'Riyadh', 'Rome',
  'San Diego', 'San Francisco', 'Santiago', 'Sao Paulo', 'Seattle', 'Seoul', 'Shanghai',
  'Singapore', 'St. Petersburg', 'Stockholm', 'Sydney', 'Tehran', 'Tel Aviv', 'Tokyo', 'Toronto',
  'Tripoli', 'Tunis', 'Vancouver', 'Venice', 'Vienna', 'Warsaw', 'Wellington', 'Zagreb', 'Zurich',
  'Brooklyn', 'Manhattan', 'Queens', 'Bronx', 'Malibu', 'Beverly Hills', 'Palm Springs',
];

/**
 * Words written before a person's name. Matched without a trailing dot;
 * a lowercase role noun ("actress", "lawyer") counts too.
 */
export const PERSON_TITLES: readonly string[] = [
  'Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Prof', 'Professor', 'Sir', 'Dame', 'Lord', 'Lady', 'President',
  'Vice President', 'Prime Minister', 'Minister', 'Senator', 'Sen', 'Rep', 'Representative',
  'Gov', 'Governor', 'Mayor', 'Judge', 'Justice', 'King', 'Queen', 'Prince', 'Princess', 'Pope',
  'Rev', 'Reverend', 'Father', 'Sister', 'Sheikh', 'Imam', 'Rabbi', 'Gen', 'General', 'Col',
  'Colonel', 'Capt', 'Captain', 'Lt', 'Lieutenant', 'Sgt', 'Sergeant', 'Officer', 'Detective',
  'Sheriff', 'Deputy', 'Trooper', 'Chief', 'Coach', 'Chancellor', 'Secretary', 'Ambassador',
  'Commissioner', 'Director', 'Chairman', 'CEO', 'Speaker', 'Attorney', 'Agent', 'Cardinal',
  'Bishop', 'Archbishop', 'Emir', 'Sultan', 'Ayatollah', 'Saint', 'St',
];

/** Lowercase nouns that introduce a person's name ("actress Tara Reid"). */
export const PERSON_ROLES: readonly string[] = [
  'actor', 'actress', 'singer', 'rapper', 'star', 'model', 'lawyer', 'attorney', 'spokesman',
  'spokeswoman', 'spokesperson', 'publicist', 'rep', 'representative', 'director', 'producer',
  'president', 'minister', 'leader', 'chief', 'officer', 'player', 'coach', 'striker', 'manager',
  'author', 'writer', 'journalist', 'reporter', 'correspondent', 'suspect', 'victim', 'wife',
  'husband', 'son', 'daughter', 'brother', 'sister', 'mother', 'father', 'friend', 'judge',
  'prosecutor', 'senator', 'governor', 'mayor', 'comedian', 'host', 'boss', 'founder',
  'executive', 'chairman', 'climber', 'neurosurgeon', 'doctor', 'candidate', 'rival', 'champion',
  'boxer', 'pitcher', 'quarterback', 'forward', 'defender', 'goalkeeper', 'midfielder', 'guard',
  'colleague', 'co-worker', 'teenager', 'man', 'woman', 'boy', 'girl',
];

/** Last words of organisation names. */
export const ORGANISATION_HEADS: readonly string[] = [
  'Academy', 'Agency', 'Airlines', 'Airways', 'Alliance', 'Army', 'Assembly', 'Association',
  'Authority', 'Bank', 'Board', 'Brigade', 'Bureau', 'Cabinet', 'Center', 'Centre', 'Church',
  'Clinic', 'Club', 'Coalition', 'College', 'Commission', 'Committee', 'Company', 'Congress',
  'Conference', 'Corp', 'Corporation', 'Council', 'Court', 'Department', 'Division', 'Embassy',
  'Enterprises', 'Federation', 'Force', 'Forces', 'Foundation', 'Front', 'Fund', 'Group', 'Guard',
  'Guild', 'Hospital', 'Inc', 'Industries', 'Institute', 'International', 'Journal', 'League',
  'Ltd', 'Magazine', 'Media', 'Ministry', 'Movement', 'Museum', 'Navy', 'Network', 'News',
  'Office', 'Organisation', 'Organization', 'Parliament', 'Party', 'Police', 'Post', 'Press',
  'Prison', 'Programme', 'Program', 'Railway', 'Republicans', 'Democrats', 'School', 'Senate',
  'Service', 'Services', 'Society', 'Squad', 'Studios', 'Systems', 'Team', 'Times', 'Tribune',
  'Union', 'University', 'Unit', 'Watch', 'Reuters', 'Telegraph', 'Herald', 'Guardian', 'Gazette',
  'Channel', 'Television', 'Radio', 'Broadcasting', 'Records', 'Pictures', 'Motors', 'Holdings',
  'Group', 'Exchange', 'Council', 'Caucus', 'Administration', 'Brotherhood', 'Taliban', 'Qaeda',
];

/** Capitalised words that are not names on their own. */
export const NOT_NAMES: readonly string[] = [
  'I', 'A', 'An', 'The', 'This', 'That', 'These', 'Those', 'It', 'Its', 'He', 'She', 'His', 'Her',
  'They', 'Their', 'We', 'Our', 'You', 'Your', 'My', 'Me', 'Us', 'Him', 'Them', 'There', 'Here',
  'But', 'And', 'Or', 'If', 'When', 'While', 'As', 'At', 'In', 'On', 'Of', 'For', 'To', 'From',
  'By', 'With', 'After', 'Before', 'Since', 'So', 'Yet', 'Also', 'However', 'Meanwhile', 'Still',
  'Then', 'Now', 'Today', 'Yesterday', 'Tomorrow', 'Tonight', 'Monday', 'Tuesday', 'Wednesday',
  'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'May',
  'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Jan', 'Feb', 'Mar',
  'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'Mon', 'Tue', 'Wed', 'Thu',
  'Fri', 'Sat', 'Sun', 'AM', 'PM', 'EST', 'EDT', 'PST', 'PDT', 'GMT', 'UTC', 'ET', 'PT', 'CT',
  'Updated', 'Published', 'Posted', 'Photo', 'Read', 'More', 'Click', 'Share', 'Comments',
  'According', 'Some', 'Many', 'Most', 'All', 'No', 'Not', 'Yes', 'One', 'Two', 'Three', 'Other',
  'Another', 'Every', 'Each', 'Both', 'Which', 'What', 'Who', 'Why', 'How', 'Where', 'Whether',
  'Even', 'Just', 'Only', 'Well', 'Oh', 'OK', 'Okay', 'Please', 'Thanks', 'Editor', 'Note',
  'Sources', 'Officials', 'Said', 'Says', 'Update', 'Breaking', 'Exclusive', 'Video', 'Image',
  'Images', 'Getty',
];

/**
 * Abbreviations that are common words, not names of an organisation:
 * units, currencies, formats and protocols, technical terms, job titles and
 * company forms. An unknown run of capitals is read as an organisation
 * ("NATO", "FBI"); these are read as no name at all.
 */
export const COMMON_ABBREVIATIONS: readonly string[] = [
  'KB', 'MB', 'GB', 'TB', 'PB', 'KHZ', 'MHZ', 'GHZ', 'HZ', 'MPH', 'KPH', 'KM', 'CM', 'MM', 'KG', 'LB', 'LBS',
  'OZ', 'FT', 'SQ', 'KW', 'KWH', 'MW', 'MAH', 'RPM', 'FPS', 'DPI', 'PPI', 'HD', 'UHD', 'FHD', 'QHD', 'HDR',
  'USD', 'EUR', 'GBP', 'JPY', 'CAD', 'AUD', 'INR', 'CNY', 'BTC',
  'AI', 'ML', 'LLM', 'API', 'SDK', 'CPU', 'GPU', 'RAM', 'ROM', 'SSD', 'HDD', 'USB', 'LED', 'LCD', 'OLED',
  'OS', 'PC', 'TV', 'VR', 'AR', 'IOT', 'IT', 'UI', 'UX', 'QA', 'CI', 'CD', 'DVD', 'VM', 'DNS', 'VPN',
  'HTML', 'CSS', 'JSON', 'XML', 'PDF', 'CSV', 'SQL', 'URL', 'URI', 'HTTP', 'HTTPS', 'FTP', 'SSH', 'SSL',
  'TLS', 'RSS', 'SMS', 'MMS', 'GPS', 'WIFI', 'LTE', '5G', '4G', 'NFC', 'QR', 'ID', 'PIN', 'OTP', 'IP',
  'SEO', 'SEM', 'PPC', 'CTR', 'CRM', 'ERP', 'SAAS', 'PAAS', 'IAAS', 'B2B', 'B2C', 'KPI', 'ROI', 'CPC',
  'CPM', 'PR', 'HR', 'DIY', 'FAQ', 'FAQS', 'TL;DR', 'TLDR', 'FYI', 'ASAP', 'IMO', 'IMHO', 'AKA', 'ETA',
  'CEO', 'CFO', 'CTO', 'COO', 'CMO', 'CIO', 'VP', 'SVP', 'EVP', 'MD', 'PHD', 'MBA', 'BA', 'BS', 'MS',
  'MA', 'RN', 'DDS', 'LLC', 'INC', 'LTD', 'PLC', 'CORP', 'CO', 'GMBH', 'LLP', 'NGO',
  'EV', 'SUV', 'HVAC', 'AC', 'IR', 'UV', 'MP', 'PS', 'DNA', 'RNA', 'BMI', 'ADHD', 'PTSD', 'CBD',
  'RSVP', 'NB', 'TBA', 'TBD', 'N/A', 'Q&A', 'VS', 'ETC', 'GDPR', 'CCPA', 'ISO', 'MVP', 'POV',
];
