/**
 * The catalog's category tree: departments → subcategories → leaves, each leaf with
 * the real product nouns its titles use, a price range and brands. Titles built from
 * these make search meaningful (a "TV" and a "Television" both exist, so synonyms
 * matter).
 *
 * @module
 */

export interface Leaf {
  /** Dotted path: `electronics.tv.televisions`. */
  path: string;
  /** Product nouns for titles; the first is the canonical one. */
  nouns: string[];
  /** Typical price range in USD. */
  price: [number, number];
  brands: string[];
  features: string[];
}

type Spec = Record<string, Record<string, Record<string, [string[], [number, number]]>>>;

/** department → subcategory → leaf → [nouns, price range]. */
const SPEC: Spec = {
  electronics: {
    audio: {
      headphones: [["Headphones", "Over-Ear Headphones", "Wireless Headphones"], [25, 450]],
      earbuds: [["Earbuds", "In-Ear Headphones", "True Wireless Earbuds"], [15, 300]],
      speakers: [["Bluetooth Speaker", "Portable Speaker", "Smart Speaker"], [20, 400]],
      soundbars: [["Soundbar", "Sound Bar"], [80, 900]],
      turntables: [["Turntable", "Record Player"], [90, 700]],
    },
    tv: {
      televisions: [["TV", "Television", "Smart TV", "OLED TV", "LED Television"], [180, 3500]],
      projectors: [["Projector", "Home Theater Projector"], [120, 2500]],
      streaming_devices: [["Streaming Stick", "Media Player"], [25, 200]],
      tv_mounts: [["TV Mount", "Wall Mount"], [20, 180]],
    },
    phones: {
      smartphones: [["Smartphone", "Phone", "Mobile Phone", "5G Smartphone"], [150, 1400]],
      phone_cases: [["Phone Case", "Smartphone Case"], [8, 60]],
      chargers: [["Charger", "Fast Charger", "Wireless Charger"], [10, 80]],
      power_banks: [["Power Bank", "Portable Charger"], [15, 120]],
    },
    cameras: {
      digital_cameras: [["Digital Camera", "Mirrorless Camera"], [250, 3000]],
      action_cameras: [["Action Camera", "Sports Camera"], [90, 550]],
      lenses: [["Camera Lens", "Zoom Lens", "Prime Lens"], [120, 2200]],
      drones: [["Drone", "Camera Drone"], [80, 2000]],
    },
    wearables: {
      smartwatches: [["Smartwatch", "Smart Watch"], [60, 800]],
      fitness_trackers: [["Fitness Tracker", "Activity Tracker"], [25, 250]],
    },
  },
  computers: {
    laptops: {
      notebooks: [["Laptop", "Notebook", "Ultrabook", "Gaming Laptop"], [300, 3200]],
      chromebooks: [["Chromebook"], [180, 700]],
      laptop_bags: [["Laptop Bag", "Laptop Sleeve"], [15, 120]],
    },
    desktops: {
      desktop_pcs: [["Desktop PC", "Gaming PC", "Mini PC"], [250, 3500]],
      monitors: [["Monitor", "Gaming Monitor", "4K Monitor"], [110, 1500]],
      all_in_ones: [["All-in-One PC"], [500, 2500]],
    },
    accessories: {
      keyboards: [["Keyboard", "Mechanical Keyboard", "Wireless Keyboard"], [20, 250]],
      mice: [["Mouse", "Wireless Mouse", "Gaming Mouse"], [10, 150]],
      webcams: [["Webcam", "HD Webcam"], [25, 200]],
      usb_hubs: [["USB Hub", "Docking Station"], [15, 300]],
    },
    storage: {
      ssds: [["SSD", "Solid State Drive", "NVMe SSD"], [40, 600]],
      external_drives: [["External Hard Drive", "Portable SSD"], [50, 400]],
      memory_cards: [["Memory Card", "microSD Card"], [8, 120]],
    },
    networking: {
      routers: [["Router", "Wi-Fi Router", "Mesh Router"], [40, 500]],
      network_switches: [["Network Switch"], [20, 300]],
    },
    tablets: {
      tablets: [["Tablet", "Android Tablet", "Drawing Tablet"], [90, 1300]],
      e_readers: [["E-Reader", "eBook Reader"], [80, 350]],
    },
  },
  home: {
    furniture: {
      sofas: [["Sofa", "Couch", "Sectional Sofa"], [300, 3000]],
      office_chairs: [["Office Chair", "Ergonomic Chair", "Desk Chair"], [80, 900]],
      desks: [["Desk", "Standing Desk", "Writing Desk"], [90, 1200]],
      bookshelves: [["Bookshelf", "Bookcase"], [50, 600]],
      beds: [["Bed Frame", "Platform Bed"], [150, 2000]],
    },
    bedding: {
      pillows: [["Pillow", "Memory Foam Pillow"], [15, 120]],
      comforters: [["Comforter", "Duvet"], [40, 400]],
      sheets: [["Sheet Set", "Bed Sheets"], [25, 250]],
      mattresses: [["Mattress", "Memory Foam Mattress"], [200, 2500]],
    },
    decor: {
      lamps: [["Lamp", "Table Lamp", "Floor Lamp"], [20, 400]],
      rugs: [["Rug", "Area Rug"], [40, 900]],
      curtains: [["Curtains", "Blackout Curtains"], [20, 200]],
      wall_art: [["Wall Art", "Canvas Print"], [20, 500]],
    },
    appliances: {
      vacuums: [["Vacuum Cleaner", "Robot Vacuum", "Cordless Vacuum"], [60, 900]],
      air_purifiers: [["Air Purifier"], [60, 700]],
      heaters: [["Space Heater", "Heater"], [30, 250]],
      fans: [["Fan", "Tower Fan", "Ceiling Fan"], [20, 350]],
    },
  },
  kitchen: {
    appliances: {
      blenders: [["Blender", "Smoothie Blender"], [30, 500]],
      coffee_makers: [["Coffee Maker", "Espresso Machine", "Coffee Machine"], [30, 1500]],
      air_fryers: [["Air Fryer"], [50, 300]],
      microwaves: [["Microwave", "Microwave Oven"], [70, 500]],
      toasters: [["Toaster", "Toaster Oven"], [20, 250]],
      kettles: [["Electric Kettle", "Kettle"], [20, 150]],
    },
    cookware: {
      pans: [["Frying Pan", "Skillet", "Nonstick Pan"], [15, 250]],
      pots: [["Stock Pot", "Saucepan", "Dutch Oven"], [20, 400]],
      knives: [["Chef Knife", "Knife Set"], [15, 500]],
      bakeware: [["Baking Sheet", "Cake Pan"], [10, 80]],
    },
    dining: {
      dinnerware: [["Dinnerware Set", "Plate Set"], [25, 300]],
      glassware: [["Wine Glasses", "Drinking Glasses"], [15, 150]],
      cutlery: [["Cutlery Set", "Flatware Set"], [20, 250]],
    },
    storage: {
      food_containers: [["Food Storage Containers", "Lunch Box"], [10, 80]],
      water_bottles: [["Water Bottle", "Insulated Bottle"], [10, 60]],
    },
  },
  fashion: {
    men: {
      mens_shirts: [["Shirt", "Oxford Shirt", "T-Shirt"], [12, 150]],
      mens_jeans: [["Jeans", "Slim Jeans"], [25, 200]],
      mens_jackets: [["Jacket", "Rain Jacket", "Puffer Jacket"], [40, 500]],
      mens_shoes: [["Sneakers", "Running Shoes", "Boots"], [40, 300]],
    },
    women: {
      dresses: [["Dress", "Maxi Dress", "Summer Dress"], [25, 300]],
      womens_tops: [["Blouse", "Top", "T-Shirt"], [12, 120]],
      womens_shoes: [["Sneakers", "Heels", "Sandals", "Boots"], [30, 350]],
      handbags: [["Handbag", "Tote Bag", "Crossbody Bag"], [25, 900]],
    },
    accessories: {
      watches: [["Watch", "Analog Watch"], [30, 2000]],
      sunglasses: [["Sunglasses", "Polarized Sunglasses"], [15, 400]],
      backpacks: [["Backpack", "Travel Backpack"], [20, 250]],
      wallets: [["Wallet", "Leather Wallet"], [15, 200]],
    },
    kids: {
      kids_clothing: [["Kids T-Shirt", "Kids Hoodie"], [8, 60]],
      kids_shoes: [["Kids Sneakers"], [20, 90]],
    },
  },
  beauty: {
    skincare: {
      moisturizers: [["Moisturizer", "Face Cream"], [8, 150]],
      serums: [["Serum", "Vitamin C Serum"], [10, 180]],
      sunscreen: [["Sunscreen", "SPF 50 Sunscreen"], [8, 50]],
      cleansers: [["Cleanser", "Face Wash"], [6, 60]],
    },
    haircare: {
      shampoo: [["Shampoo"], [5, 50]],
      hair_dryers: [["Hair Dryer", "Blow Dryer"], [20, 450]],
      straighteners: [["Hair Straightener", "Flat Iron"], [20, 250]],
    },
    makeup: {
      lipstick: [["Lipstick", "Lip Gloss"], [5, 60]],
      foundation: [["Foundation"], [8, 70]],
      mascara: [["Mascara"], [5, 40]],
    },
    fragrance: {
      perfume: [["Perfume", "Eau de Parfum"], [20, 300]],
      cologne: [["Cologne"], [20, 250]],
    },
    grooming: {
      razors: [["Razor", "Electric Shaver"], [8, 350]],
      trimmers: [["Beard Trimmer", "Hair Clipper"], [15, 200]],
    },
  },
  sports: {
    fitness: {
      dumbbells: [["Dumbbells", "Adjustable Dumbbells"], [20, 500]],
      yoga_mats: [["Yoga Mat"], [15, 120]],
      treadmills: [["Treadmill"], [300, 3000]],
      exercise_bikes: [["Exercise Bike", "Spin Bike"], [200, 2500]],
      resistance_bands: [["Resistance Bands"], [8, 50]],
    },
    outdoor: {
      tents: [["Tent", "Camping Tent"], [40, 800]],
      sleeping_bags: [["Sleeping Bag"], [30, 400]],
      hiking_boots: [["Hiking Boots"], [60, 350]],
      backpacks: [["Hiking Backpack", "Daypack"], [30, 350]],
    },
    cycling: {
      bikes: [["Bike", "Mountain Bike", "Road Bike", "E-Bike"], [250, 5000]],
      helmets: [["Bike Helmet", "Helmet"], [25, 250]],
      bike_lights: [["Bike Light"], [10, 90]],
    },
    team_sports: {
      soccer: [["Soccer Ball", "Football"], [10, 150]],
      basketball: [["Basketball"], [15, 150]],
      tennis: [["Tennis Racket"], [25, 300]],
    },
    water_sports: {
      swimwear: [["Swimsuit", "Swim Trunks"], [15, 120]],
      paddle_boards: [["Paddle Board"], [200, 1500]],
    },
  },
  toys: {
    building: {
      building_sets: [["Building Set", "Building Blocks"], [10, 400]],
      model_kits: [["Model Kit"], [15, 200]],
    },
    games: {
      board_games: [["Board Game"], [10, 90]],
      puzzles: [["Puzzle", "Jigsaw Puzzle"], [8, 60]],
      card_games: [["Card Game"], [5, 40]],
    },
    video_games: {
      consoles: [["Game Console", "Handheld Console"], [150, 700]],
      controllers: [["Controller", "Gamepad"], [25, 200]],
      games: [["Video Game"], [10, 70]],
    },
    kids: {
      dolls: [["Doll", "Fashion Doll"], [10, 120]],
      plush: [["Plush Toy", "Stuffed Animal"], [8, 60]],
      rc_cars: [["RC Car", "Remote Control Car"], [20, 300]],
    },
  },
  books: {
    fiction: {
      novels: [["Novel", "Paperback Novel"], [6, 30]],
      mystery: [["Mystery Novel", "Thriller"], [6, 30]],
      science_fiction: [["Science Fiction Novel"], [6, 30]],
    },
    nonfiction: {
      biographies: [["Biography", "Memoir"], [8, 40]],
      cookbooks: [["Cookbook"], [12, 50]],
      history: [["History Book"], [10, 45]],
    },
    education: {
      textbooks: [["Textbook"], [30, 250]],
      programming: [["Programming Book"], [20, 80]],
    },
    children: {
      picture_books: [["Picture Book"], [5, 25]],
      activity_books: [["Activity Book", "Coloring Book"], [4, 20]],
    },
  },
  garden: {
    tools: {
      lawn_mowers: [["Lawn Mower", "Robot Mower"], [120, 2500]],
      hedge_trimmers: [["Hedge Trimmer"], [40, 300]],
      garden_hoses: [["Garden Hose", "Hose Reel"], [15, 150]],
      shovels: [["Shovel", "Garden Spade"], [15, 80]],
    },
    outdoor_living: {
      grills: [["Grill", "Gas Grill", "Charcoal Grill"], [80, 2000]],
      patio_furniture: [["Patio Set", "Outdoor Chair"], [60, 2500]],
      fire_pits: [["Fire Pit"], [60, 600]],
    },
    plants: {
      planters: [["Planter", "Plant Pot"], [8, 150]],
      seeds: [["Seed Kit", "Vegetable Seeds"], [3, 30]],
    },
  },
  automotive: {
    electronics: {
      dash_cams: [["Dash Cam", "Dashboard Camera"], [40, 400]],
      car_chargers: [["Car Charger"], [8, 50]],
      gps: [["GPS Navigator"], [80, 400]],
    },
    maintenance: {
      motor_oil: [["Motor Oil"], [20, 60]],
      tire_inflators: [["Tire Inflator", "Air Compressor"], [25, 150]],
      jump_starters: [["Jump Starter"], [50, 250]],
    },
    interior: {
      seat_covers: [["Seat Covers"], [20, 200]],
      floor_mats: [["Floor Mats"], [20, 180]],
    },
  },
  grocery: {
    beverages: {
      coffee: [["Coffee Beans", "Ground Coffee"], [8, 40]],
      tea: [["Green Tea", "Tea Bags"], [4, 30]],
    },
    snacks: {
      chips: [["Potato Chips", "Tortilla Chips"], [2, 12]],
      nuts: [["Mixed Nuts", "Almonds"], [6, 30]],
      chocolate: [["Chocolate Bar", "Dark Chocolate"], [2, 25]],
    },
    pantry: {
      pasta: [["Pasta", "Spaghetti"], [2, 12]],
      olive_oil: [["Olive Oil", "Extra Virgin Olive Oil"], [8, 40]],
    },
  },
  pets: {
    dogs: {
      dog_food: [["Dog Food", "Dry Dog Food"], [15, 90]],
      dog_beds: [["Dog Bed"], [25, 200]],
      dog_toys: [["Dog Toy", "Chew Toy"], [5, 40]],
      leashes: [["Dog Leash", "Harness"], [10, 60]],
    },
    cats: {
      cat_food: [["Cat Food"], [10, 70]],
      litter: [["Cat Litter"], [10, 40]],
      cat_trees: [["Cat Tree", "Scratching Post"], [25, 250]],
    },
    aquarium: {
      fish_tanks: [["Aquarium", "Fish Tank"], [40, 600]],
      filters: [["Aquarium Filter"], [15, 150]],
    },
  },
  office: {
    supplies: {
      notebooks_paper: [["Spiral Notebook", "Journal", "Paper Notebook"], [3, 30]],
      pens: [["Pens", "Gel Pens", "Fountain Pen"], [3, 150]],
      planners: [["Planner", "Calendar"], [8, 40]],
    },
    printers: {
      printers: [["Printer", "Laser Printer", "Inkjet Printer"], [70, 800]],
      ink: [["Ink Cartridge", "Toner"], [15, 150]],
      scanners: [["Scanner", "Document Scanner"], [80, 500]],
    },
    furniture: {
      filing_cabinets: [["Filing Cabinet"], [60, 400]],
      desk_lamps: [["Desk Lamp", "LED Desk Lamp"], [15, 150]],
    },
  },
  health: {
    personal_care: {
      electric_toothbrushes: [["Electric Toothbrush"], [20, 250]],
      scales: [["Bathroom Scale", "Smart Scale"], [15, 150]],
      massagers: [["Massage Gun", "Massager"], [30, 400]],
    },
    vitamins: {
      multivitamins: [["Multivitamin"], [8, 50]],
      protein: [["Protein Powder", "Whey Protein"], [20, 90]],
    },
    medical: {
      blood_pressure: [["Blood Pressure Monitor"], [25, 120]],
      thermometers: [["Thermometer", "Digital Thermometer"], [8, 60]],
    },
  },
};

const BRANDS: Record<string, string[]> = {
  electronics: [
    "Sony",
    "Samsung",
    "LG",
    "Bose",
    "JBL",
    "Philips",
    "Panasonic",
    "Anker",
    "Sennheiser",
    "TCL",
    "Hisense",
    "Apple",
    "Google",
    "Xiaomi",
    "Garmin",
    "Canon",
    "Nikon",
    "GoPro",
    "DJI",
    "Skullcandy",
  ],
  computers: [
    "Dell",
    "HP",
    "Lenovo",
    "Asus",
    "Acer",
    "Apple",
    "Microsoft",
    "Logitech",
    "Razer",
    "MSI",
    "Samsung",
    "Kingston",
    "SanDisk",
    "Netgear",
    "TP-Link",
    "Corsair",
    "BenQ",
  ],
  home: [
    "IKEA",
    "Dyson",
    "Shark",
    "Casper",
    "Brooklinen",
    "Levoit",
    "Honeywell",
    "iRobot",
    "Tempur",
    "West Elm",
    "Wayfair Basics",
  ],
  kitchen: [
    "KitchenAid",
    "Ninja",
    "Cuisinart",
    "Breville",
    "Instant Pot",
    "Le Creuset",
    "Lodge",
    "Hamilton Beach",
    "Zwilling",
    "OXO",
    "De'Longhi",
    "Smeg",
  ],
  fashion: [
    "Nike",
    "Adidas",
    "Levi's",
    "Zara",
    "H&M",
    "Uniqlo",
    "Puma",
    "New Balance",
    "Ray-Ban",
    "Fossil",
    "The North Face",
    "Patagonia",
    "Coach",
    "Timberland",
  ],
  beauty: [
    "L'Oreal",
    "Neutrogena",
    "CeraVe",
    "Olay",
    "Maybelline",
    "Dyson",
    "Philips",
    "Braun",
    "Chanel",
    "Dior",
    "Clinique",
    "The Ordinary",
    "Remington",
  ],
  sports: [
    "Nike",
    "Adidas",
    "Under Armour",
    "Bowflex",
    "Peloton",
    "Coleman",
    "The North Face",
    "Trek",
    "Giant",
    "Specialized",
    "Wilson",
    "Spalding",
    "Garmin",
    "Manduka",
  ],
  toys: [
    "LEGO",
    "Hasbro",
    "Mattel",
    "Nintendo",
    "Sony",
    "Microsoft",
    "Ravensburger",
    "Fisher-Price",
    "Melissa & Doug",
    "Hot Wheels",
  ],
  books: [
    "Penguin",
    "HarperCollins",
    "O'Reilly",
    "Scholastic",
    "Vintage",
    "Oxford Press",
    "Random House",
    "Simon & Schuster",
  ],
  garden: [
    "Weber",
    "Traeger",
    "Husqvarna",
    "Greenworks",
    "Black+Decker",
    "Gardena",
    "Fiskars",
    "Char-Broil",
    "Worx",
    "Keter",
  ],
  automotive: ["Bosch", "Garmin", "Anker", "Castrol", "Mobil 1", "NOCO", "Michelin", "Armor All", "Vantrue"],
  grocery: [
    "Lavazza",
    "Starbucks",
    "Twinings",
    "Lindt",
    "Barilla",
    "Blue Diamond",
    "Lay's",
    "Bertolli",
    "Illy",
  ],
  pets: [
    "Purina",
    "Pedigree",
    "Royal Canin",
    "Kong",
    "Blue Buffalo",
    "Hill's",
    "Petmate",
    "Tetra",
    "Fresh Step",
  ],
  office: [
    "HP",
    "Canon",
    "Epson",
    "Brother",
    "Moleskine",
    "Pilot",
    "Staples",
    "Fellowes",
    "Lamy",
    "Leuchtturm",
  ],
  health: [
    "Oral-B",
    "Philips",
    "Omron",
    "Withings",
    "Optimum Nutrition",
    "Nature Made",
    "Theragun",
    "Braun",
    "Fitbit",
  ],
};

const FEATURES: Record<string, string[]> = {
  electronics: [
    "Wireless",
    "Noise Cancelling",
    "Bluetooth 5.3",
    "4K",
    "HDR",
    "Waterproof",
    "Compact",
    "Pro",
    "Ultra",
    "Smart",
    "Portable",
    "Studio",
    "Bass Boost",
    "Hi-Res",
  ],
  computers: [
    "Pro",
    "Ultra Slim",
    "Gaming",
    "16GB RAM",
    "1TB",
    "Backlit",
    "Ergonomic",
    "USB-C",
    "Wireless",
    "RGB",
    "Business",
    "Lightweight",
    "OLED",
    "Touchscreen",
  ],
  home: [
    "Modern",
    "Compact",
    "Premium",
    "Ergonomic",
    "Cordless",
    "Smart",
    "Minimalist",
    "Cozy",
    "Handmade",
    "Rustic",
    "Eco-Friendly",
  ],
  kitchen: [
    "Stainless Steel",
    "Nonstick",
    "Programmable",
    "Compact",
    "Professional",
    "Cast Iron",
    "Digital",
    "Dishwasher Safe",
    "Glass",
    "Ceramic",
  ],
  fashion: [
    "Slim Fit",
    "Cotton",
    "Leather",
    "Waterproof",
    "Lightweight",
    "Classic",
    "Vintage",
    "Organic",
    "Stretch",
    "Oversized",
    "Casual",
  ],
  beauty: [
    "Hydrating",
    "Organic",
    "Fragrance-Free",
    "Vegan",
    "Long-Lasting",
    "Travel Size",
    "Sensitive Skin",
    "Professional",
    "Cordless",
  ],
  sports: [
    "Adjustable",
    "Lightweight",
    "Waterproof",
    "Foldable",
    "Pro",
    "Breathable",
    "Ultralight",
    "Carbon",
    "Non-Slip",
    "Heavy Duty",
  ],
  toys: [
    "Creative",
    "Deluxe",
    "Classic",
    "Educational",
    "Collector's",
    "Family",
    "Starter",
    "Wireless",
    "Mini",
  ],
  books: [
    "Illustrated",
    "Bestselling",
    "Hardcover",
    "Paperback",
    "Collector's Edition",
    "Annotated",
    "Complete",
  ],
  garden: [
    "Cordless",
    "Electric",
    "Heavy Duty",
    "Portable",
    "Stainless Steel",
    "Weatherproof",
    "Expandable",
    "Self-Propelled",
  ],
  automotive: ["Universal", "Heavy Duty", "Compact", "Full Synthetic", "4K", "Wireless", "All-Weather"],
  grocery: ["Organic", "Fair Trade", "Family Size", "Gluten-Free", "Roasted", "Sea Salt", "Premium"],
  pets: ["Grain-Free", "Orthopedic", "Durable", "Natural", "Large Breed", "Indoor", "Washable"],
  office: ["Refillable", "Wireless", "Duplex", "Compact", "Recycled", "Dotted", "Hardcover", "All-in-One"],
  health: ["Rechargeable", "Smart", "Digital", "Unflavored", "Chocolate", "Bluetooth", "Clinically Tested"],
};

function build(): Leaf[] {
  const leaves: Leaf[] = [];
  for (const [dept, subs] of Object.entries(SPEC)) {
    for (const [sub, ls] of Object.entries(subs)) {
      for (const [leaf, [nouns, price]] of Object.entries(ls)) {
        leaves.push({
          path: `${dept}.${sub}.${leaf}`,
          nouns,
          price,
          brands: BRANDS[dept],
          features: FEATURES[dept],
        });
      }
    }
  }
  return leaves;
}

/** Every leaf category, in a stable order. */
export const LEAVES: readonly Leaf[] = build();

/** Top-level departments, in a stable order. */
export const DEPARTMENTS: readonly string[] = Object.keys(SPEC);
